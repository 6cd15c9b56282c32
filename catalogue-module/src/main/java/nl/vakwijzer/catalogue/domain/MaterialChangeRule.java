package nl.vakwijzer.catalogue.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.DossierAspect;
import nl.vakwijzer.catalogue.api.MaterialChangeVerdict;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.Trainer;

/**
 * The material-change rule (GAIA rule): compares an accredited module version with its new concept
 * and says which {@link DossierAspect}s changed and what that needs. The consequences live in the
 * {@link DossierAspect} table; this class only detects changes.
 *
 * <p>What does not count as a change: leading, trailing or repeated whitespace in texts; the order
 * of objectives, kerninhouden, werkvormen, assessment methods, trainers, offerings, claims and of
 * the ids inside them; trailing zeros in amounts ({@code 18} = {@code 18.0}); and a claim's {@code
 * hardToLearn} flag, which comes from framework data, not from the provider. Rewording an objective
 * does count, even a typo fix: the auditor accredited the text.
 *
 * <p>Trainers: if the trainers differ but their qualifications, taken together, are the same
 * (compared per trainer, case- and whitespace-insensitively), the change is {@link
 * DossierAspect#TRAINERS_SAME_QUALIFICATIONS}; otherwise {@link
 * DossierAspect#TRAINER_QUALIFICATIONS}. Registrations and experience are not qualifications.
 *
 * <p>Offerings are paired by id: a new or removed id, or changed seats or status, is {@link
 * DossierAspect#OFFERINGS}; changed dates or location of a kept offering are {@link
 * DossierAspect#OFFERING_DATES} and {@link DossierAspect#OFFERING_LOCATIONS}.
 */
public final class MaterialChangeRule {

  /** For each aspect compared as a whole: the normalised value that must stay equal. */
  private static final Map<DossierAspect, Function<ModuleDossier, Object>> SIMPLE_ASPECTS =
      simpleAspects();

  private MaterialChangeRule() {}

  /** Compares the accredited version ({@code before}) with the new concept ({@code after}). */
  public static MaterialChangeVerdict compare(ModuleDossier before, ModuleDossier after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    var changed = new ArrayList<DossierAspect>();
    SIMPLE_ASPECTS.forEach(
        (aspect, value) -> {
          if (!value.apply(before).equals(value.apply(after))) {
            changed.add(aspect);
          }
        });
    trainerChange(before.trainers(), after.trainers()).ifPresent(changed::add);
    changed.addAll(offeringChanges(before.offerings(), after.offerings()));
    return new MaterialChangeVerdict(changed);
  }

  /** The aspects compared as a whole (all but trainers and offerings); for tests. */
  static Set<DossierAspect> simpleAspectsCovered() {
    return SIMPLE_ASPECTS.keySet();
  }

  private static Map<DossierAspect, Function<ModuleDossier, Object>> simpleAspects() {
    var map = new EnumMap<DossierAspect, Function<ModuleDossier, Object>>(DossierAspect.class);
    map.put(DossierAspect.TITLE_AND_SUMMARY, d -> List.of(text(d.title()), text(d.summary())));
    map.put(
        DossierAspect.TARGET_GROUP,
        d -> List.of(text(d.targetGroup()), text(d.entryRequirements())));
    map.put(DossierAspect.EDUCATIONAL_VISION, d -> text(d.educationalVision()));
    map.put(
        DossierAspect.OBJECTIVES, d -> bag(d.objectives(), o -> List.of(o.id(), text(o.text()))));
    map.put(DossierAspect.CORE_CONTENTS, d -> bag(d.coreContents(), MaterialChangeRule::text));
    map.put(DossierAspect.TEACHING_METHODS, d -> bag(d.teachingMethods(), form -> form));
    map.put(
        DossierAspect.ASSESSMENT,
        d -> bag(d.assessmentMethods(), MaterialChangeRule::assessmentKey));
    map.put(
        DossierAspect.SIZE,
        d ->
            List.of(
                amount(d.size().contactHours()),
                amount(d.size().selfStudyHours()),
                d.size().meetings(),
                d.size().spanWeeks()));
    map.put(
        DossierAspect.WORKPLACE_TRANSFER,
        d ->
            List.of(
                bag(d.workplaceTransfer().assignments(), MaterialChangeRule::text),
                d.workplaceTransfer().followUpAfterWeeks()));
    map.put(
        DossierAspect.QUALITY_ASSURANCE,
        d ->
            List.of(
                text(d.qualityAssurance().evaluation()),
                text(d.qualityAssurance().improvementCycle()),
                text(d.qualityAssurance().complaintsProcedure())));
    map.put(DossierAspect.DELIVERY_MODE, d -> Objects.toString(d.deliveryMode(), ""));
    map.put(DossierAspect.LANGUAGE, d -> d.language().strip().toLowerCase(Locale.ROOT));
    map.put(DossierAspect.MAX_GROUP_SIZE, ModuleDossier::maxGroupSize);
    map.put(
        DossierAspect.PRICES,
        d -> List.of(amount(d.prices().perParticipant()), amount(d.prices().inCompany())));
    map.put(DossierAspect.CLAIMS, d -> bag(d.claims(), MaterialChangeRule::claimKey));
    return map;
  }

  private static Optional<DossierAspect> trainerChange(List<Trainer> before, List<Trainer> after) {
    if (bag(before, MaterialChangeRule::trainerKey)
        .equals(bag(after, MaterialChangeRule::trainerKey))) {
      return Optional.empty();
    }
    boolean sameQualifications =
        bag(before, MaterialChangeRule::qualifications)
            .equals(bag(after, MaterialChangeRule::qualifications));
    return Optional.of(
        sameQualifications
            ? DossierAspect.TRAINERS_SAME_QUALIFICATIONS
            : DossierAspect.TRAINER_QUALIFICATIONS);
  }

  private static List<DossierAspect> offeringChanges(List<Offering> before, List<Offering> after) {
    Map<String, Offering> old = before.stream().collect(Collectors.toMap(Offering::id, o -> o));
    Map<String, Offering> now = after.stream().collect(Collectors.toMap(Offering::id, o -> o));
    var changed = new ArrayList<DossierAspect>();
    if (!old.keySet().equals(now.keySet())) {
      changed.add(DossierAspect.OFFERINGS);
    }
    for (var entry : old.entrySet()) {
      Offering was = entry.getValue();
      Offering is = now.get(entry.getKey());
      if (is == null) {
        continue;
      }
      if (!was.dates().equals(is.dates())) {
        changed.add(DossierAspect.OFFERING_DATES);
      }
      if (!was.location().equals(is.location())) {
        changed.add(DossierAspect.OFFERING_LOCATIONS);
      }
      if (was.seats() != is.seats() || was.status() != is.status()) {
        changed.add(DossierAspect.OFFERINGS);
      }
    }
    return changed;
  }

  private static Object assessmentKey(AssessmentMethod method) {
    return List.of(method.id(), text(method.description()), Set.copyOf(method.objectiveIds()));
  }

  private static Object claimKey(Claim claim) {
    return List.of(
        claim.competency(),
        claim.from(),
        claim.to(),
        Set.copyOf(claim.behaviourExamples()),
        Set.copyOf(claim.evidence().objectiveIds()),
        Set.copyOf(claim.evidence().teachingMethods()),
        Set.copyOf(claim.evidence().assessmentMethodIds()));
  }

  private static Object trainerKey(Trainer trainer) {
    return List.of(
        text(trainer.name()),
        qualifications(trainer),
        text(trainer.experience()),
        bag(trainer.registrations(), MaterialChangeRule::text));
  }

  private static Set<String> qualifications(Trainer trainer) {
    return trainer.qualifications().stream()
        .map(q -> text(q).toLowerCase(Locale.ROOT))
        .filter(q -> !q.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Order-insensitive, duplicate-sensitive view of a collection. */
  private static <T> Map<Object, Long> bag(Collection<T> elements, Function<T, Object> key) {
    return elements.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static String text(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }
}
