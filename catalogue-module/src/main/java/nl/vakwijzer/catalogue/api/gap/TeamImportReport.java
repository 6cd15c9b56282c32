package nl.vakwijzer.catalogue.api.gap;

import java.util.List;

/**
 * The validation report of a team upload: the issues per row and cell; {@code team} is the saved
 * team when there were none, otherwise {@code null} and nothing was stored. {@code rows} counts the
 * people rows read.
 */
public record TeamImportReport(int rows, List<ImportIssue> issues, Team team) {
  public TeamImportReport {
    issues = List.copyOf(issues);
  }

  public boolean accepted() {
    return issues.isEmpty();
  }
}
