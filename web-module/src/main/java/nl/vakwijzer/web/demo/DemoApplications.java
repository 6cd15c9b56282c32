package nl.vakwijzer.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import nl.vakwijzer.web.DataSourceConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkService;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AuditorPoolService;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.accreditation.api.ClaimVerdict;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.ConditionRequest;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import nl.vakwijzer.accreditation.api.UnknownAuditorException;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.Role;

/**
 * Demo accreditation applications of the second demo provider ({@code aanbieder2}), driven through
 * the accreditation service into every state a newcomer should see after submission: at intake, in
 * review, at advice, accredited (also with conditions), rejected, in objection and suspended. So
 * every timeline shows a real history. Its own modules (not those of {@link DemoModules}), its own
 * auditors {@code auditor3..5} and their profiles (and one for {@code auditor} when it has none).
 * The application at intake is backdated by {@link #OVERDUE_INTAKE_DAYS} days, so it shows past its
 * intake service level.
 * Loaded once: skipped when the first demo module exists.
 */
@ApplicationScoped
public class DemoApplications {
  private static final Logger LOG = Logger.getLogger(DemoApplications.class.getName());

  /** The demo auditors this class adds to the pool. */
  static final List<DemoAccounts.DemoAccount> AUDITORS = List.of(
      new DemoAccounts.DemoAccount("auditor3", "Ingrid Vermeulen", "auditor3@vakwijzer.example", Role.AUDITOR, DemoAccounts.ACCREDITATIEORGAAN),
      new DemoAccounts.DemoAccount("auditor4", "Yvonne Hendriks", "auditor4@vakwijzer.example", Role.AUDITOR, DemoAccounts.ACCREDITATIEORGAAN),
      new DemoAccounts.DemoAccount("auditor5", "Koen de Boer", "auditor5@vakwijzer.example", Role.AUDITOR, DemoAccounts.ACCREDITATIEORGAAN));

  /** Where a demo application ends up. */
  public enum Stage { INTAKE, IN_REVIEW, ADVICE, ACCREDITED, CONDITIONS, REJECTED, OBJECTION, SUSPENDED }

  /** A demo application: its module and the stage it is driven to. */
  public record DemoApplication(String title, Stage stage, String claimCode) {}

  public static final List<DemoApplication> APPLICATIONS = List.of(
      new DemoApplication("Schuldhulpverlening: signaleren en doorverwijzen", Stage.ACCREDITED, "SV.C1"),
      new DemoApplication("Gespreksvoering bij agressie en weerstand", Stage.ACCREDITED, "SV.C2"),
      new DemoApplication("Het keukentafelgesprek in de Wmo", Stage.ACCREDITED, "SV.C7"),
      new DemoApplication("Werken met de leefgebiedenmethode", Stage.CONDITIONS, "SV.C4"),
      new DemoApplication("Digitale vaardigheden voor consulenten", Stage.REJECTED, "SV.C6"),
      new DemoApplication("Integrale toegang in de wijk", Stage.OBJECTION, "SV.C7"),
      new DemoApplication("Samenwerken met het UWV", Stage.SUSPENDED, "SV.C1"),
      new DemoApplication("Jongeren naar werk begeleiden", Stage.INTAKE, "SV.C2"),
      new DemoApplication("Taalniveau en laaggeletterdheid herkennen", Stage.IN_REVIEW, "SV.C4"),
      new DemoApplication("Re-integratie van statushouders", Stage.ADVICE, "SV.C6"));

  @Inject ModuleService modules;
  @Inject DemoModules demoModules;
  @Inject AccountService accounts;
  @Inject OrganisationService organisations;
  @Inject AccreditationService accreditation;
  @Inject AuditorPoolService pool;
  @Inject AssessmentFrameworkService frameworks;
  @Inject Clock clock;
  @Inject nl.vakwijzer.accreditation.api.CertificateService certificates;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  /**
   * How many calendar days the demo application at intake is moved back, so that the overview
   * shows an overdue application: 28 days hold at least 16 working days, past the 10 of intake.
   */
  static final int OVERDUE_INTAKE_DAYS = 28;

  /**
   * Loads the demo applications unless they are there already. Outside the start-up transaction:
   * each service call commits on its own, so one failing demo application spoils no other.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void load() {
    var provider = accounts.findByUsername("aanbieder2");
    var beheerder = accounts.findByUsername("beheerder");
    var besluitnemer = accounts.findByUsername("besluitnemer");
    var auditor = accounts.findByUsername("auditor");
    if (provider.isEmpty() || beheerder.isEmpty() || besluitnemer.isEmpty() || auditor.isEmpty()) {
      LOG.warning("Demo applications not loaded: a demo account is missing");
      return;
    }
    Actor coordinator = actor(beheerder.get());
    List<Actor> auditors = new ArrayList<>();
    auditors.add(actor(auditor.get()));
    for (DemoAccounts.DemoAccount demo : AUDITORS) {
      auditors.add(actor(ensureAccount(demo)));
    }
    for (int i = 0; i < auditors.size(); i++) {
      ensureProfile(coordinator, auditors.get(i), i == 0 ? auditor.get().displayName() : AUDITORS.get(i - 1).displayName());
    }
    Actor providerActor = actor(provider.get());
    boolean loaded = modules.modules(providerActor).stream()
        .anyMatch(m -> APPLICATIONS.get(0).title().equals(m.title()));
    if (loaded) {
      logCertificates(coordinator);
      return;
    }
    Cast cast = new Cast(coordinator, providerActor, actor(besluitnemer.get()), auditors);
    int created = 0;
    for (DemoApplication demo : APPLICATIONS) {
      try {
        drive(cast, demo);
        created++;
      } catch (RuntimeException e) {
        LOG.warning(() -> "Demo application '" + demo.title() + "' not loaded: " + e);
      }
    }
    LOG.info("Demo mode: " + created + " demo accreditation applications loaded");
    logCertificates(coordinator);
  }

  /**
   * Logs the verification codes of the demo certificates (issued by the accreditation module when
   * an application is accredited), so the public verification page can be tried at once.
   */
  private void logCertificates(Actor coordinator) {
    for (ApplicationView a : accreditation.applications(coordinator)) {
      if (APPLICATIONS.stream().noneMatch(d -> d.title().equals(a.moduleTitle()))) {
        continue;
      }
      try {
        var c = certificates.certificate(coordinator, a.id());
        LOG.info(() -> "Demo certificate of '" + a.moduleTitle() + "' (" + c.status() + "): " + c.code().formatted()
            + " — /verificatie.xhtml?code=" + c.code().formatted());
      } catch (nl.vakwijzer.accreditation.api.AccreditationException e) {
        // no accreditation on this one
      }
    }
  }

  /** Who acts: the coordinator, the provider, the besluitnemer and four auditors. */
  private record Cast(Actor coordinator, Actor provider, Actor besluitnemer, List<Actor> auditors) {}

  private void drive(Cast cast, DemoApplication demo) {
    ModuleDossier dossier = demoModules.dossier(new DemoModules.DemoModule(
        demo.title(),
        "Een praktijkgerichte training over " + demo.title().toLowerCase() + " voor professionals in het sociaal domein.",
        demo.title().toLowerCase(),
        List.of(new DemoModules.DemoClaim("SV", demo.claimCode(), 0, 1)),
        DeliveryMode.KLASSIKAAL, "Groningen", "9711 LM", 750, DemoModules.Fate.SUBMITTED));
    ModuleVersion version = modules.create(cast.provider(), dossier);
    Map<String, String> explanations = new HashMap<>();
    CheckReport report = modules.check(cast.provider(), version.id());
    for (Finding warning : report.warnings()) {
      explanations.put(warning.id(), "Toegelicht in het curriculum: de praktijkopdrachten en de terugkomdag borgen dit.");
    }
    version = modules.saveConcept(cast.provider(), version.id(), version.revision(), dossier, explanations);
    version = modules.submit(cast.provider(), version.id(), version.revision());
    ApplicationView a = accreditation.receive(
        new SubmittedVersion(version.id(), version.module(), version.provider(), version.number(), version.submittedAt()));
    if (demo.stage() == Stage.INTAKE) {
      backdate(a, OVERDUE_INTAKE_DAYS);
      return;
    }
    // reviewers: the objection needs two auditors who never saw it, so that one is reviewed by 3 and 4
    boolean objection = demo.stage() == Stage.OBJECTION;
    Actor lead = cast.auditors().get(objection ? 2 : 0);
    Actor second = cast.auditors().get(objection ? 3 : 1);
    a = accreditation.completeIntake(cast.coordinator(), a.id(), a.revision(),
        new IntakeCompletion(Set.of("SV"), Set.of("KLANTMANAGER"), cast.besluitnemer().account()));
    a = accreditation.assignAuditor(cast.coordinator(), a.id(), a.revision(), AssignmentRole.LEAD, lead.account());
    a = accreditation.assignAuditor(cast.coordinator(), a.id(), a.revision(), AssignmentRole.SECOND, second.account());
    accreditation.declareNoConflict(lead, a.id());
    a = accreditation.declareNoConflict(second, a.id());
    if (demo.stage() == Stage.IN_REVIEW) {
      accreditation.score(lead, a.id(), scores(false));
      return;
    }
    boolean reject = demo.stage() == Stage.REJECTED || objection;
    List<ClaimVerdict> verdicts = a.claims().stream()
        .map(ClaimedCompetency::competency)
        .map(c -> reject ? ClaimVerdict.reject(c, "De toetsing laat het gedrag op de werkplek niet zien.") : ClaimVerdict.accept(c))
        .toList();
    for (Actor auditor : List.of(lead, second)) {
      accreditation.score(auditor, a.id(), scores(reject));
      accreditation.giveVerdicts(auditor, a.id(), verdicts);
      a = accreditation.submitReview(auditor, a.id());
    }
    if (demo.stage() == Stage.ADVICE) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    DecisionOutcome outcome = reject ? DecisionOutcome.AFGEWEZEN
        : demo.stage() == Stage.CONDITIONS ? DecisionOutcome.GEACCREDITEERD_ONDER_VOORWAARDEN : DecisionOutcome.GEACCREDITEERD;
    int years = reject ? 0 : 1;
    a = accreditation.advise(lead, a.id(), a.revision(),
        new AdviceRequest(outcome, years, reject
            ? "De toetsing is een kennistoets; gedrag in de praktijk wordt niet beoordeeld."
            : "Beide auditoren oordelen dat de module aan het toetsingskader voldoet.", verdicts));
    DecisionRequest decision = switch (outcome) {
      case AFGEWEZEN -> DecisionRequest.reject("Het knock-outcriterium wijze van toetsing is niet gehaald.",
          Map.of("CUR-TOETSING", "Alleen een kennistoets; geen beoordeling van gedrag in de praktijk."));
      case GEACCREDITEERD_ONDER_VOORWAARDEN -> DecisionRequest.withConditions(1,
          "Geaccrediteerd, mits de evaluatie drie maanden na afloop wordt ingevoerd.",
          List.of(new ConditionRequest("Lever het formulier voor de effectmeting drie maanden na afloop aan.", today.plusWeeks(8))));
      default -> DecisionRequest.accredit(1, "Geaccrediteerd op advies van de auditoren.");
    };
    a = accreditation.decide(cast.besluitnemer(), a.id(), a.revision(), decision);
    if (objection) {
      a = accreditation.lodgeObjection(cast.provider(), a.id(), a.revision(),
          "De toetsing bestaat wel degelijk uit een beoordeelde video-opname van een klantgesprek; zie bijlage 2 van het dossier.");
      accreditation.assignObjectionHandlers(cast.coordinator(), a.id(), a.revision(),
          cast.auditors().get(0).account(), cast.auditors().get(1).account());
    } else if (demo.stage() == Stage.SUSPENDED) {
      accreditation.suspend(cast.coordinator(), a.id(), a.revision(),
          "Meerdere klachten van deelnemers over het niet doorgaan van de praktijkdagen; onderzoek loopt.");
    }
  }

  /**
   * Demo only: moves the submission and receipt of a fresh application back by {@code days}, so
   * its intake service level has passed (nothing else in the demo is old enough for it). Only the
   * application row moves; its append-only trail keeps the real time of the receipt.
   */
  private void backdate(ApplicationView application, int days) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("update accreditation.application"
            + " set submitted_at = submitted_at - make_interval(days => ?), received_at = received_at - make_interval(days => ?)"
            + " where id = ? and state = 'INGEDIEND'")) {
      s.setInt(1, days);
      s.setInt(2, days);
      s.setObject(3, application.id().value());
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.warning(() -> "Demo application '" + application.moduleTitle() + "' not backdated: " + e.getMessage());
    }
  }

  /** Every criterion VOLDOET; when rejecting, the knock-out criterion on testing VOLDOET_NIET. */
  private List<CriterionScore> scores(boolean failTesting) {
    List<CriterionScore> scores = new ArrayList<>();
    for (Criterion c : frameworks.current().criteria()) {
      boolean fail = failTesting && c.code().equals("CUR-TOETSING");
      scores.add(new CriterionScore(c.code(), fail ? Score.VOLDOET_NIET : Score.VOLDOET,
          fail ? "Alleen een kennistoets; gedrag in de praktijk wordt niet beoordeeld." : ""));
    }
    return scores;
  }

  private AccountSummary ensureAccount(DemoAccounts.DemoAccount demo) {
    return accounts.findByUsername(demo.username()).orElseGet(() -> {
      OrganisationSummary organisation = organisations.findByName(demo.organisation().name()).orElseThrow();
      accounts.create(new NewAccount(demo.username(), demo.displayName(), demo.email(), EnumSet.of(demo.role()),
          organisation.id(), DemoAccounts.PASSWORD));
      return accounts.findByUsername(demo.username()).orElseThrow();
    });
  }

  private void ensureProfile(Actor coordinator, Actor auditor, String name) {
    try {
      pool.auditor(auditor.account());
    } catch (UnknownAuditorException e) {
      pool.save(coordinator, new AuditorProfile(auditor.account(), name, Set.of("SV", "DIVOSA"),
          Set.of("KLANTMANAGER"), List.of(), 10, true));
    }
  }

  private static Actor actor(AccountSummary account) {
    return new Actor(account.id(), account.organisation().map(OrganisationSummary::id).orElse(null), account.roles());
  }
}
