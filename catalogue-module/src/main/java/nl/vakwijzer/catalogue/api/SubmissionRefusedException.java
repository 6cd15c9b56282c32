package nl.vakwijzer.catalogue.api;

import java.util.Map;

/**
 * Submission was refused: the check found errors or unexplained warnings, or the provider is not
 * yet approved. {@link #report()} is the check as it ran at submission.
 */
public class SubmissionRefusedException extends CatalogueException {
  public static final String KEY = "catalogue.module.submit.refused";
  public static final String NOT_APPROVED_KEY = "catalogue.module.submit.providerNotApproved";
  /** Publishing directly was refused: a change needs a new accreditation. */
  public static final String NEEDS_ACCREDITATION_KEY = "catalogue.module.publish.needsAccreditation";
  /** Publishing directly was refused: the module has no accredited version to replace. */
  public static final String NOT_ACCREDITED_KEY = "catalogue.module.publish.notAccredited";

  private final transient CheckReport report;

  public SubmissionRefusedException(CheckReport report, Map<String, String> explanations) {
    super(KEY, report.errors().size(), report.unexplainedWarnings(explanations).size());
    this.report = report;
  }

  private SubmissionRefusedException(String key) {
    super(key);
    this.report = new CheckReport(java.util.List.of());
  }

  public static SubmissionRefusedException providerNotApproved() {
    return new SubmissionRefusedException(NOT_APPROVED_KEY);
  }

  /** {@code publishDirectly} on a concept with a change that needs accreditation. */
  public static SubmissionRefusedException needsAccreditation() {
    return new SubmissionRefusedException(NEEDS_ACCREDITATION_KEY);
  }

  /** {@code publishDirectly} on a module that has no accredited version. */
  public static SubmissionRefusedException notAccredited() {
    return new SubmissionRefusedException(NOT_ACCREDITED_KEY);
  }

  public CheckReport report() {
    return report;
  }
}
