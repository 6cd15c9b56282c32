package nl.vakwijzer.catalogue.api;

/**
 * The rules of the pre-submission check (aanvraagcheck), each with its severity and message key.
 *
 * <p>The constant names are part of the stable finding ids ({@link Finding#id()}); renaming one
 * orphans the explanations providers gave for it, so do not.
 */
public enum CheckRule {
  /** The opleidingsvisie is empty (Divosa §4.6). No arguments. */
  EDUCATIONAL_VISION_EMPTY(
      FindingSeverity.ERROR, "catalogue.provider.check.educationalVision.empty"),
  /** There are no leerdoelen (Divosa §4.6). No arguments. */
  OBJECTIVES_EMPTY(FindingSeverity.ERROR, "catalogue.provider.check.objectives.empty"),
  /** There are no kerninhouden (Divosa §4.6). No arguments. */
  CORE_CONTENTS_EMPTY(FindingSeverity.ERROR, "catalogue.provider.check.coreContents.empty"),
  /** There are no werkvormen (Divosa §4.6). No arguments. */
  TEACHING_METHODS_EMPTY(FindingSeverity.ERROR, "catalogue.provider.check.teachingMethods.empty"),
  /** There is no assessment method (wijze van toetsing, Divosa §4.6). No arguments. */
  ASSESSMENT_EMPTY(FindingSeverity.ERROR, "catalogue.provider.check.assessment.empty"),
  /** An objective has no text. {0} = objective id. */
  OBJECTIVE_TEXT_EMPTY(FindingSeverity.ERROR, "catalogue.provider.check.objective.textEmpty"),
  /** No assessment method assesses this objective. {0} = objective id. */
  OBJECTIVE_NOT_ASSESSED(FindingSeverity.ERROR, "catalogue.provider.check.objective.notAssessed"),
  /**
   * An assessment method names an objective id the dossier lacks. {0} = method id, {1} = objective
   * id.
   */
  ASSESSMENT_UNKNOWN_OBJECTIVE(
      FindingSeverity.ERROR, "catalogue.provider.check.assessment.unknownObjective"),
  /** The module makes no claim. No arguments. */
  CLAIMS_EMPTY(FindingSeverity.ERROR, "catalogue.provider.check.claims.empty"),
  /** The same competency is claimed more than once. {0} = competency item id. */
  CLAIM_DUPLICATE(FindingSeverity.ERROR, "catalogue.provider.check.claim.duplicate"),
  /** A claim names no objective. {0} = competency item id. */
  CLAIM_WITHOUT_OBJECTIVE(FindingSeverity.ERROR, "catalogue.provider.check.claim.noObjective"),
  /** A claim names no assessment method. {0} = competency item id. */
  CLAIM_WITHOUT_ASSESSMENT(FindingSeverity.ERROR, "catalogue.provider.check.claim.noAssessment"),
  /** A claim names an objective the dossier lacks. {0} = competency item id, {1} = objective id. */
  CLAIM_UNKNOWN_OBJECTIVE(FindingSeverity.ERROR, "catalogue.provider.check.claim.unknownObjective"),
  /**
   * A claim names an assessment method the dossier lacks. {0} = competency item id, {1} = method
   * id.
   */
  CLAIM_UNKNOWN_ASSESSMENT(
      FindingSeverity.ERROR, "catalogue.provider.check.claim.unknownAssessment"),
  /**
   * A claim names a werkvorm the dossier does not list. {0} = competency item id, {1} = werkvorm
   * kind, {2} = its label (may be empty).
   */
  CLAIM_UNKNOWN_TEACHING_METHOD(
      FindingSeverity.ERROR, "catalogue.provider.check.claim.unknownTeachingMethod"),
  /**
   * A claim's to-level is not above its from-level. {0} = competency item id, {1} = from ordinal,
   * {2} = to ordinal.
   */
  CLAIM_LEVEL_NOT_RAISED(FindingSeverity.ERROR, "catalogue.provider.check.claim.levelNotRaised"),
  /** The module names no trainer. No arguments. */
  TRAINERS_EMPTY(FindingSeverity.ERROR, "catalogue.provider.check.trainers.empty"),
  /** An objective has no observable action verb. {0} = objective id, {1} = objective text. */
  OBJECTIVE_NOT_OBSERVABLE(
      FindingSeverity.WARNING, "catalogue.provider.check.objective.notObservable"),
  /**
   * A hard-to-learn competency is served only by classroom training and/or e-learning. {0} =
   * competency item id.
   */
  CLAIM_HARD_TO_LEARN_CLASSROOM_ONLY(
      FindingSeverity.WARNING, "catalogue.provider.check.claim.hardToLearnClassroomOnly"),
  /**
   * Fewer than 4 contact hours per claimed level step. {0} = contact hours, {1} = hours needed, {2}
   * = claimed level steps.
   */
  CONTACT_HOURS_TOO_FEW(FindingSeverity.WARNING, "catalogue.provider.check.contactHours.tooFew"),
  /** No transfer to the workplace (no assignment, no follow-up). No arguments. */
  WORKPLACE_TRANSFER_MISSING(
      FindingSeverity.WARNING, "catalogue.provider.check.workplaceTransfer.missing");

  private final FindingSeverity severity;
  private final String messageKey;

  CheckRule(FindingSeverity severity, String messageKey) {
    this.severity = severity;
    this.messageKey = messageKey;
  }

  public FindingSeverity severity() {
    return severity;
  }

  public String messageKey() {
    return messageKey;
  }
}
