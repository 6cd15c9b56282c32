package nl.vakwijzer.accreditation.api;

/**
 * A workflow rule refused the input (a score below "voldoet" without a finding, a conflicted
 * auditor, a knock-out criterion failed, an objection after six weeks, …). The key says which
 * rule; the constants list them all.
 */
public class AccreditationRuleException extends AccreditationException {
  public static final String TEXT_TOO_LONG = "accreditation.input.tooLong";
  public static final String TEXT_REQUIRED = "accreditation.input.required";
  public static final String RETURN_REASONS_REQUIRED = "accreditation.intake.reasonsRequired";
  public static final String FINDING_REQUIRED = "accreditation.review.findingRequired";
  public static final String UNKNOWN_CRITERION = "accreditation.review.unknownCriterion";
  public static final String REVIEW_INCOMPLETE = "accreditation.review.incomplete";
  public static final String REVIEW_ALREADY_SUBMITTED = "accreditation.review.alreadySubmitted";
  public static final String UNKNOWN_CLAIM = "accreditation.verdict.unknownClaim";
  public static final String REJECT_REASON_REQUIRED = "accreditation.verdict.reasonRequired";
  public static final String LOWER_LEVEL_INVALID = "accreditation.verdict.lowerLevelInvalid";
  public static final String CONFLICT_OF_INTEREST = "accreditation.assignment.conflictOfInterest";
  public static final String DECISION_MAKER_CANNOT_REVIEW = "accreditation.assignment.decisionMakerCannotReview";
  public static final String AUDITOR_INACTIVE = "accreditation.assignment.auditorInactive";
  public static final String AUDITOR_AT_CAPACITY = "accreditation.assignment.atCapacity";
  public static final String ALREADY_ON_APPLICATION = "accreditation.assignment.alreadyOnApplication";
  public static final String ROLE_TAKEN = "accreditation.assignment.roleTaken";
  public static final String FORMER_REVIEWER = "accreditation.assignment.formerReviewer";
  public static final String ADVICE_CLAIMS_INCOMPLETE = "accreditation.advice.claimsIncomplete";
  public static final String KNOCK_OUT_REQUIRES_REJECT = "accreditation.advice.knockOutRequiresReject";
  public static final String NO_ACCEPTED_CLAIMS = "accreditation.advice.noAcceptedClaims";
  public static final String VALIDITY_YEARS = "accreditation.decision.validityYears";
  public static final String CONDITIONS_REQUIRED = "accreditation.decision.conditionsRequired";
  public static final String CONDITIONS_NOT_ALLOWED = "accreditation.decision.conditionsNotAllowed";
  public static final String CONDITION_DEADLINE = "accreditation.decision.conditionDeadline";
  public static final String REASONS_REQUIRED = "accreditation.decision.reasonsRequired";
  public static final String UNKNOWN_CONDITION = "accreditation.condition.unknown";
  public static final String CONDITION_NOT_OPEN = "accreditation.condition.notOpen";
  public static final String NO_EVIDENCE = "accreditation.condition.noEvidence";
  public static final String OBJECTION_PERIOD_OVER = "accreditation.objection.periodOver";
  public static final String OBJECTION_DECISION_REQUIRED = "accreditation.objection.decisionRequired";
  public static final String NOT_A_RENEWAL = "accreditation.renewal.notARenewal";
  public static final String NOTHING_TO_CARRY_OVER = "accreditation.renewal.nothingToCarryOver";
  public static final String FRAMEWORK_NOT_CONCEPT = "accreditation.framework.notConcept";
  public static final String FRAMEWORK_CONCEPT_EXISTS = "accreditation.framework.conceptExists";
  public static final String FRAMEWORK_EMPTY = "accreditation.framework.empty";
  public static final String FRAMEWORK_STALE = "accreditation.framework.stale";

  public AccreditationRuleException(String key, Object... arguments) {
    super(key, arguments);
  }
}
