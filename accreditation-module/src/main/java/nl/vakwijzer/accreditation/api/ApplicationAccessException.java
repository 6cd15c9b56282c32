package nl.vakwijzer.accreditation.api;

/**
 * The caller may not take this action on this application (wrong role, not assigned, reviewed it
 * before, …). The key says which rule; see the constants.
 */
public class ApplicationAccessException extends AccreditationException {
  public static final String NOT_COORDINATOR = "accreditation.access.notCoordinator";
  public static final String NOT_ASSIGNED_AUDITOR = "accreditation.access.notAssignedAuditor";
  public static final String DECLARATION_PENDING = "accreditation.access.declarationPending";
  public static final String NOT_LEAD_AUDITOR = "accreditation.access.notLeadAuditor";
  public static final String NOT_DECISION_MAKER = "accreditation.access.notDecisionMaker";
  public static final String REVIEWER_CANNOT_DECIDE = "accreditation.access.reviewerCannotDecide";
  public static final String OTHER_DECISION_MAKER = "accreditation.access.otherDecisionMaker";
  public static final String NOT_PROVIDER = "accreditation.access.notProvider";
  public static final String NOT_OBJECTION_HANDLER = "accreditation.access.notObjectionHandler";
  public static final String NOT_BEHEERDER = "accreditation.access.notBeheerder";

  public ApplicationAccessException(String key) {
    super(key);
  }
}
