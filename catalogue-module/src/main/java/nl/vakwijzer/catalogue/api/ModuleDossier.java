package nl.vakwijzer.catalogue.api;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The dossier of one version of a training module: what an auditor accredits and what a
 * municipality searches.
 *
 * <p>It holds the curriculum elements auditors look at (Divosa report §4.6: opleidingsvisie =
 * {@code educationalVision}, doelstellingen/leerdoelen = {@code objectives}, kerninhouden = {@code
 * coreContents}, werkvormen = {@code teachingMethods}, wijze van toetsing = {@code
 * assessmentMethods}), the trainers' qualifications and the quality assurance, plus the practical
 * data (size, prices, offerings) and the {@link Claim}s.
 *
 * <p>The record is immutable and tolerant: a concept may be incomplete, so absent texts are empty
 * and absent lists are empty; the pre-submission check (aanvraagcheck) says what is missing. {@code
 * deliveryMode} is {@code null} until chosen; {@code maxGroupSize} 0 means no maximum. Only
 * structural faults are refused: duplicate objective, assessment-method or offering ids, which
 * would make references ambiguous.
 */
public record ModuleDossier(
    String title,
    String summary,
    String targetGroup,
    String entryRequirements,
    String educationalVision,
    List<Objective> objectives,
    List<String> coreContents,
    List<TeachingMethod> teachingMethods,
    List<AssessmentMethod> assessmentMethods,
    ModuleSize size,
    WorkplaceTransfer workplaceTransfer,
    List<Trainer> trainers,
    QualityAssurance qualityAssurance,
    DeliveryMode deliveryMode,
    String language,
    Prices prices,
    int maxGroupSize,
    List<Offering> offerings,
    List<Claim> claims) {
  public ModuleDossier {
    title = Texts.orEmpty(title);
    summary = Texts.orEmpty(summary);
    targetGroup = Texts.orEmpty(targetGroup);
    entryRequirements = Texts.orEmpty(entryRequirements);
    educationalVision = Texts.orEmpty(educationalVision);
    objectives = Texts.copy(objectives);
    coreContents = Texts.copy(coreContents);
    teachingMethods = Texts.copy(teachingMethods);
    assessmentMethods = Texts.copy(assessmentMethods);
    size = size == null ? ModuleSize.EMPTY : size;
    workplaceTransfer = workplaceTransfer == null ? WorkplaceTransfer.NONE : workplaceTransfer;
    trainers = Texts.copy(trainers);
    qualityAssurance = qualityAssurance == null ? QualityAssurance.EMPTY : qualityAssurance;
    language = Texts.orEmpty(language);
    prices = prices == null ? Prices.NONE : prices;
    if (maxGroupSize < 0) {
      throw new IllegalArgumentException("maxGroupSize must not be negative");
    }
    offerings = Texts.copy(offerings);
    claims = Texts.copy(claims);
    requireUniqueIds(objectives, Objective::id, "objective");
    requireUniqueIds(assessmentMethods, AssessmentMethod::id, "assessment method");
    requireUniqueIds(offerings, Offering::id, "offering");
  }

  private static <T> void requireUniqueIds(List<T> list, Function<T, String> id, String what) {
    var seen = new HashSet<String>();
    for (T element : list) {
      if (!seen.add(id.apply(element))) {
        throw new IllegalArgumentException("duplicate " + what + " id " + id.apply(element));
      }
    }
  }
}
