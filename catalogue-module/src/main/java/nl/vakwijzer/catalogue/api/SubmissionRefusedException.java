package nl.vakwijzer.catalogue.api;

import java.util.Map;

/**
 * Submission was refused: the check found errors or unexplained warnings, or the provider is not
 * yet approved. {@link #report()} is the check as it ran at submission.
 */
public class SubmissionRefusedException extends CatalogueException {
  public static final String KEY = "catalogue.module.submit.refused";
  public static final String NOT_APPROVED_KEY = "catalogue.module.submit.providerNotApproved";

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

  public CheckReport report() {
    return report;
  }
}
