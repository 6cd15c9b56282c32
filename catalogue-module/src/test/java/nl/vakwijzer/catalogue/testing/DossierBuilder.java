package nl.vakwijzer.catalogue.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleSize;
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
 * Builds module dossiers for tests. {@link #valid()} starts from a complete dossier that passes the
 * pre-submission check without findings; tests change one thing at a time.
 */
public final class DossierBuilder {
  public static final ItemId GESPREKSVOERING = ItemId.of("6f1c2b3a-0000-4000-8000-000000000001");
  public static final ItemId SIGNALEREN = ItemId.of("6f1c2b3a-0000-4000-8000-000000000002");
  public static final ItemId LEVEL_1 = ItemId.of("6f1c2b3a-0000-4000-8000-0000000000a1");
  public static final ItemId LEVEL_2 = ItemId.of("6f1c2b3a-0000-4000-8000-0000000000a2");
  public static final ItemId LEVEL_3 = ItemId.of("6f1c2b3a-0000-4000-8000-0000000000a3");
  public static final ItemId EXAMPLE = ItemId.of("6f1c2b3a-0000-4000-8000-0000000000b1");

  public String title = "Motiverende gespreksvoering voor klantmanagers";
  public String summary = "Driedaagse training met praktijkopdrachten.";
  public String targetGroup = "Klantmanagers Werk en Inkomen";
  public String entryRequirements = "Minimaal een jaar ervaring met klantgesprekken";
  public String educationalVision =
      "Leren door te oefenen met echte casuïstiek uit de eigen praktijk.";
  public List<Objective> objectives =
      new ArrayList<>(
          List.of(
              new Objective(
                  "LD1", "De deelnemer past de technieken van motiverende gespreksvoering toe."),
              new Objective("LD2", "De deelnemer signaleert verandertaal in een klantgesprek.")));
  public List<String> coreContents = new ArrayList<>(List.of("OARS-technieken", "Verandertaal"));
  public List<TeachingMethod> teachingMethods =
      new ArrayList<>(
          List.of(
              TeachingMethod.of(TeachingMethodKind.KLASSIKAAL),
              TeachingMethod.of(TeachingMethodKind.TRAINING_ON_THE_JOB)));
  public List<AssessmentMethod> assessmentMethods =
      new ArrayList<>(
          List.of(new AssessmentMethod("T1", "Beoordeelde gespreksopname", List.of("LD1", "LD2"))));
  public ModuleSize size = new ModuleSize(new BigDecimal("18"), new BigDecimal("6"), 3, 8);
  public WorkplaceTransfer workplaceTransfer =
      new WorkplaceTransfer(List.of("Voer twee gesprekken en neem ze op"), 6);
  public List<Trainer> trainers =
      new ArrayList<>(
          List.of(
              new Trainer(
                  "Anna de Vries",
                  List.of("Master Sociaal Werk", "MINT-trainer"),
                  "12 jaar trainer in het sociaal domein",
                  List.of("Registerplein 123456"))));
  public QualityAssurance qualityAssurance =
      new QualityAssurance(
          "Evaluatieformulier na elke bijeenkomst",
          "Jaarlijkse PDCA",
          "Klachtenregeling op de website");
  public DeliveryMode deliveryMode = DeliveryMode.BLENDED;
  public String language = "nl";
  public Prices prices = new Prices(new BigDecimal("895.00"), new BigDecimal("7500.00"));
  public int maxGroupSize = 12;
  public List<Offering> offerings =
      new ArrayList<>(
          List.of(
              new Offering(
                  "U1",
                  List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 15)),
                  OfferingLocation.at("3511 AB", "Utrecht"),
                  12,
                  OfferingStatus.OPEN)));
  public List<Claim> claims =
      new ArrayList<>(
          List.of(
              new Claim(
                  GESPREKSVOERING,
                  new ClaimLevel(LEVEL_1, 1),
                  new ClaimLevel(LEVEL_3, 3),
                  List.of(EXAMPLE),
                  new ClaimEvidence(
                      List.of("LD1"),
                      List.of(TeachingMethod.of(TeachingMethodKind.TRAINING_ON_THE_JOB)),
                      List.of("T1")),
                  false)));

  private DossierBuilder() {}

  /** A complete dossier without findings. */
  public static DossierBuilder valid() {
    return new DossierBuilder();
  }

  /** A claim raising {@code competency} from {@code from} to {@code to}, backed by LD1 and T1. */
  public static Claim claim(ItemId competency, int from, int to) {
    return new Claim(
        competency,
        ClaimLevel.ofOrdinal(from),
        ClaimLevel.ofOrdinal(to),
        List.of(),
        new ClaimEvidence(List.of("LD1"), List.of(), List.of("T1")),
        false);
  }

  public ModuleDossier build() {
    return new ModuleDossier(
        title,
        summary,
        targetGroup,
        entryRequirements,
        educationalVision,
        objectives,
        coreContents,
        teachingMethods,
        assessmentMethods,
        size,
        workplaceTransfer,
        trainers,
        qualityAssurance,
        deliveryMode,
        language,
        prices,
        maxGroupSize,
        offerings,
        claims);
  }
}
