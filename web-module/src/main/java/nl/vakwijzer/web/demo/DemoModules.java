package nl.vakwijzer.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleAccreditationService;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.Objective;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.QualityAssurance;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.Trainer;
import nl.vakwijzer.catalogue.api.WorkplaceTransfer;

/**
 * Demo modules of the demo providers, in every provider-side state: accredited (one expiring within
 * 90 days), submitted and in assessment, rejected, and concepts with open check findings, all with
 * claims on the shipped frameworks. Loaded once: a provider that already has modules is skipped.
 */
@ApplicationScoped
public class DemoModules {
  private static final Logger LOG = Logger.getLogger(DemoModules.class.getName());

  @Inject ModuleService modules;
  @Inject ModuleAccreditationService accreditation;
  @Inject FrameworkService frameworks;
  @Inject AccountService accounts;
  @Inject Clock clock;

  /** What a demo module ends up as. */
  enum Fate { CONCEPT, SUBMITTED, ACCREDITED, ACCREDITED_EXPIRING, REJECTED }

  /** A claim by framework code and item code, from and to level (ordinals on its scale). */
  record DemoClaim(String framework, String code, int from, int to) {}

  record DemoModule(
      String title, String summary, String focus, List<DemoClaim> claims, DeliveryMode mode,
      String municipality, String postcode, int price, Fate fate) {}

  static final Map<String, List<DemoModule>> MODULES = Map.of(
      "aanbieder", List.of(
          new DemoModule("Motiverende gespreksvoering voor klantmanagers",
              "Drie praktijkdagen over motiverende gespreksvoering met acteurs en eigen casuïstiek.",
              "motiverende gespreksvoering",
              List.of(new DemoClaim("SV", "SV.C1", 0, 1), new DemoClaim("DIVOSA", "DIV.WERK.HT1.LUISTEREN", 2, 4)),
              DeliveryMode.BLENDED, "Zwolle", "8011 AB", 895, Fate.ACCREDITED),
          new DemoModule("Probleemanalyse in het sociaal domein",
              "Van hulpvraag naar onderliggende problematiek: analyseren met de leefgebiedenmethode.",
              "probleemanalyse",
              List.of(new DemoClaim("SV", "SV.C4", 0, 1)),
              DeliveryMode.KLASSIKAAL, "Deventer", "7411 HP", 650, Fate.ACCREDITED_EXPIRING),
          new DemoModule("Handhaving en fraudepreventie in de bijstand",
              "Rechtmatigheid bewaken zonder het vertrouwen van de klant te verliezen.",
              "handhaving",
              List.of(new DemoClaim("DIVOSA", "DIV.INK.HT3.INTEGRITEIT", 2, 4), new DemoClaim("DIVOSA", "DIV.INK.HT3.VASTHOUDENDHEID", 2, 4)),
              DeliveryMode.IN_COMPANY, "Apeldoorn", "7311 LW", 1150, Fate.SUBMITTED),
          new DemoModule("Netwerken met werkgevers in de regio",
              "Werkgeversdienstverlening: contacten leggen en onderhouden.",
              "netwerken",
              List.of(new DemoClaim("SV", "SV.C7", 0, 1)),
              DeliveryMode.KLASSIKAAL, "Zwolle", "8011 AB", 495, Fate.CONCEPT)),
      "aanbieder2", List.of(
          new DemoModule("Coachend werken met de klant",
              "Coachende gesprekstechnieken voor ervaren klantmanagers, met intervisie en training on the job.",
              "coachend werken",
              List.of(new DemoClaim("SV", "SV.C2", 1, 2)),
              DeliveryMode.BLENDED, "Groningen", "9711 LM", 1395, Fate.ACCREDITED),
          new DemoModule("Plannen en organiseren van de caseload",
              "Grip op een grote caseload: prioriteren, plannen en voortgang bewaken.",
              "caseloadmanagement",
              List.of(new DemoClaim("SV", "SV.C6", 0, 1)),
              DeliveryMode.ONLINE, null, null, 395, Fate.REJECTED),
          new DemoModule("Oordeelsvorming bij complexe zorgvragen",
              "Afwegen en besluiten bij meervoudige hulpvragen in de Wmo.",
              "oordeelsvorming",
              List.of(new DemoClaim("DIVOSA", "DIV.ZORG.HT2.OORDEELSVORMING", 2, 4), new DemoClaim("DIVOSA", "DIV.ZORG.HT2.SENSITIVITEIT", 2, 4)),
              DeliveryMode.KLASSIKAAL, "Leeuwarden", "8911 BK", 975, Fate.ACCREDITED)));

  /** Loads the demo modules for each demo provider account that has none yet. */
  public void load() {
    int created = 0;
    for (var entry : MODULES.entrySet()) {
      var account = accounts.findByUsername(entry.getKey());
      if (account.isEmpty() || account.get().organisation().isEmpty()) {
        continue;
      }
      Actor actor = new Actor(account.get().id(), account.get().organisation().get().id(), account.get().roles());
      if (!modules.modules(actor).isEmpty()) {
        continue;
      }
      for (DemoModule demo : entry.getValue()) {
        try {
          create(actor, demo);
          created++;
        } catch (RuntimeException e) {
          LOG.warning(() -> "Demo module '" + demo.title() + "' not loaded: " + e);
        }
      }
    }
    if (created > 0) {
      LOG.info("Demo mode: " + created + " demo modules loaded");
    }
  }

  private void create(Actor actor, DemoModule demo) {
    ModuleDossier dossier = dossier(demo);
    ModuleVersion version = modules.create(actor, dossier);
    if (demo.fate() == Fate.CONCEPT) {
      return;
    }
    Map<String, String> explanations = new HashMap<>();
    CheckReport report = modules.check(actor, version.id());
    for (Finding warning : report.warnings()) {
      explanations.put(warning.id(), "Toegelicht in het curriculum: de praktijkopdrachten en de terugkomdag borgen dit.");
    }
    version = modules.saveConcept(actor, version.id(), version.revision(), dossier, explanations);
    version = modules.submit(actor, version.id(), version.revision());
    LocalDate today = LocalDate.now(clock);
    switch (demo.fate()) {
      case SUBMITTED -> { } // the hand-off gives it an application at intake
      case REJECTED -> accreditation.reject(version.id());
      case ACCREDITED -> accreditation.accredit(version.id(), today.plusYears(3), accepted(dossier));
      case ACCREDITED_EXPIRING -> accreditation.accredit(version.id(), today.plusDays(60), accepted(dossier));
      default -> { }
    }
  }

  private static List<AcceptedClaim> accepted(ModuleDossier dossier) {
    return dossier.claims().stream()
        .map(c -> new AcceptedClaim(c.competency(), c.from(), c.to(), c.behaviourExamples()))
        .toList();
  }

  /** The complete dossier of a demo module (also used by {@link DemoApplications}). */
  ModuleDossier dossier(DemoModule demo) {
    var claims = new ArrayList<Claim>();
    for (DemoClaim demoClaim : demo.claims()) {
      ItemSummary item = frameworks.findItem(demoClaim.framework(), demoClaim.code())
          .orElseThrow(() -> new IllegalStateException("no item " + demoClaim.code()))
          .item();
      ClaimOptions options = modules.claimOptions(item.id());
      List<ItemId> examples = options.behaviourExamples().stream().limit(3).map(ItemSummary::id).toList();
      claims.add(new Claim(
          item.id(),
          level(options, demoClaim.from()),
          level(options, demoClaim.to()),
          examples,
          new ClaimEvidence(List.of("LD1", "LD2"), List.of(TeachingMethod.of(TeachingMethodKind.TRAINING_ON_THE_JOB)), List.of("T1")),
          false));
    }
    boolean online = demo.municipality() == null;
    LocalDate start = LocalDate.now(clock).plusWeeks(6);
    int contactHours = 6 * Math.max(2, claims.stream().mapToInt(Claim::levelSteps).sum());
    return new ModuleDossier(
        demo.title(),
        demo.summary(),
        "Klantmanagers en consulenten Werk, Inkomen en Zorg van gemeenten en sociale diensten",
        "Minimaal een jaar werkervaring in het sociaal domein",
        "Leren door te doen: deelnemers oefenen met casuïstiek uit hun eigen praktijk, reflecteren in intervisie en passen het geleerde direct toe in hun werk.",
        List.of(
            new Objective("LD1", "De deelnemer past de technieken voor " + demo.focus() + " toe in klantgesprekken."),
            new Objective("LD2", "De deelnemer analyseert een eigen casus en formuleert een onderbouwd vervolgplan."),
            new Objective("LD3", "De deelnemer reflecteert met collega's op het eigen handelen en benoemt verbeterpunten.")),
        List.of("Theorie en modellen voor " + demo.focus(), "Oefenen met trainingsacteurs", "Praktijkcasuïstiek uit de eigen gemeente", "Intervisie volgens de incidentmethode"),
        List.of(TeachingMethod.of(TeachingMethodKind.KLASSIKAAL), TeachingMethod.of(TeachingMethodKind.TRAINING_ON_THE_JOB), TeachingMethod.of(TeachingMethodKind.INTERVISIE)),
        List.of(
            new AssessmentMethod("T1", "Beoordeelde video-opname van een klantgesprek met feedback van trainer en collega", List.of("LD1", "LD2")),
            new AssessmentMethod("T2", "Reflectieverslag over de praktijkopdracht", List.of("LD3"))),
        new ModuleSize(new BigDecimal(contactHours), new BigDecimal("8"), contactHours / 6, 10),
        new WorkplaceTransfer(List.of("Voer twee gesprekken met de nieuwe aanpak en bespreek ze met uw leidinggevende", "Breng een eigen casus in bij de terugkomdag"), 6),
        List.of(
            new Trainer("Anouk Smit", List.of("Master Social Work", "Gecertificeerd trainer (NIP/NVO)"), "15 jaar klantmanager en teamleider Werk en Inkomen", List.of("Registerplein")),
            new Trainer("Mehmet Yilmaz", List.of("HBO Toegepaste Psychologie", "Trainingsacteur"), "10 jaar trainer in het sociaal domein", List.of())),
        new QualityAssurance(
            "Schriftelijke evaluatie na elke bijeenkomst en een effectmeting drie maanden na afloop",
            "Jaarlijkse PDCA-cyclus met de opdrachtgevers; verbeteringen in het jaarverslag",
            "Klachtenregeling op de website; onafhankelijke klachtencommissie"),
        demo.mode(),
        "nl",
        new Prices(new BigDecimal(demo.price()), new BigDecimal(demo.price() * 9)),
        14,
        List.of(new Offering("U1", List.of(start, start.plusWeeks(2), start.plusWeeks(6)),
            online ? OfferingLocation.ONLINE : OfferingLocation.at(demo.postcode(), demo.municipality()), 14, OfferingStatus.OPEN)),
        claims);
  }

  private static ClaimLevel level(ClaimOptions options, int ordinal) {
    return ordinal < options.levels().size()
        ? new ClaimLevel(options.levels().get(ordinal).id(), ordinal)
        : ClaimLevel.ofOrdinal(ordinal);
  }
}
