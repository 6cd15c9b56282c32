package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * The material-change rule as data: for each aspect of a module dossier, what a change to it needs
 * ({@link ChangeConsequence}) and which {@link ModuleDossier} components it covers.
 *
 * <p>From the provider-portal issue (the GAIA rule): claims, objectives, assessment, size and
 * werkvormen need a new accreditation; offerings, dates, locations and prices are published at
 * once; a trainer replaced by one with the same qualifications is published at once, otherwise a
 * new accreditation is needed.
 *
 * <p>The issue does not name the other fields. They are decided here, conservatively where an
 * auditor looks at them (Divosa §4.6: opleidingsvisie, kerninhouden, quality assurance) or where
 * they change what participants get (target group and entry requirements, transfer to the
 * workplace, delivery mode, language, maximum group size): new accreditation. Only title and
 * summary, which describe rather than define the module, are published at once. Change a row's
 * consequence here and every caller follows; a test fails when a dossier component has no row.
 */
public enum DossierAspect {
  /** Title and summary. */
  TITLE_AND_SUMMARY(ChangeConsequence.PUBLISH_DIRECTLY, "title", "summary"),
  /** Target group and entry requirements. */
  TARGET_GROUP(ChangeConsequence.NEEDS_ACCREDITATION, "targetGroup", "entryRequirements"),
  /** Opleidingsvisie. */
  EDUCATIONAL_VISION(ChangeConsequence.NEEDS_ACCREDITATION, "educationalVision"),
  /** Leerdoelen: added, removed or reworded. */
  OBJECTIVES(ChangeConsequence.NEEDS_ACCREDITATION, "objectives"),
  /** Kerninhouden. */
  CORE_CONTENTS(ChangeConsequence.NEEDS_ACCREDITATION, "coreContents"),
  /** Werkvormen. */
  TEACHING_METHODS(ChangeConsequence.NEEDS_ACCREDITATION, "teachingMethods"),
  /** Toetsing: assessment methods or the objectives they assess. */
  ASSESSMENT(ChangeConsequence.NEEDS_ACCREDITATION, "assessmentMethods"),
  /** Contact hours, self-study hours, meetings, span. */
  SIZE(ChangeConsequence.NEEDS_ACCREDITATION, "size"),
  /** Transfer to the workplace. */
  WORKPLACE_TRANSFER(ChangeConsequence.NEEDS_ACCREDITATION, "workplaceTransfer"),
  /** Trainers whose qualifications, taken together, differ from before. */
  TRAINER_QUALIFICATIONS(ChangeConsequence.NEEDS_ACCREDITATION, "trainers"),
  /** Trainers replaced or edited, with the same qualifications as before. */
  TRAINERS_SAME_QUALIFICATIONS(ChangeConsequence.PUBLISH_DIRECTLY, "trainers"),
  /** Evaluation, improvement cycle, complaints procedure. */
  QUALITY_ASSURANCE(ChangeConsequence.NEEDS_ACCREDITATION, "qualityAssurance"),
  /** Delivery mode (klassikaal, online, blended, in-company). */
  DELIVERY_MODE(ChangeConsequence.NEEDS_ACCREDITATION, "deliveryMode"),
  /** Language of instruction. */
  LANGUAGE(ChangeConsequence.NEEDS_ACCREDITATION, "language"),
  /** Maximum group size. */
  MAX_GROUP_SIZE(ChangeConsequence.NEEDS_ACCREDITATION, "maxGroupSize"),
  /** Price per participant or in-company price. */
  PRICES(ChangeConsequence.PUBLISH_DIRECTLY, "prices"),
  /** Offerings added or removed, or their seats or status changed. */
  OFFERINGS(ChangeConsequence.PUBLISH_DIRECTLY, "offerings"),
  /** Dates of an existing offering. */
  OFFERING_DATES(ChangeConsequence.PUBLISH_DIRECTLY, "offerings"),
  /** Location of an existing offering. */
  OFFERING_LOCATIONS(ChangeConsequence.PUBLISH_DIRECTLY, "offerings"),
  /** Claims: competencies, levels, behaviour examples or evidence. */
  CLAIMS(ChangeConsequence.NEEDS_ACCREDITATION, "claims");

  private final ChangeConsequence consequence;
  private final List<String> components;

  DossierAspect(ChangeConsequence consequence, String... components) {
    this.consequence = consequence;
    this.components = List.of(components);
  }

  /** What a change to this aspect needs. */
  public ChangeConsequence consequence() {
    return consequence;
  }

  /** The names of the {@link ModuleDossier} record components this aspect covers. */
  public List<String> components() {
    return components;
  }

  /** Message key telling the provider what changed and what that means. */
  public String messageKey() {
    return "catalogue.provider.change.aspect." + name();
  }
}
