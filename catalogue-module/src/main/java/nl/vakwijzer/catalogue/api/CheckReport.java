package nl.vakwijzer.catalogue.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of the pre-submission check (aanvraagcheck) on a module dossier.
 *
 * <p>Errors block submission. Warnings allow it once the provider has written an explanation for
 * each; the explanations are a map from {@link Finding#id()} to text, kept with the module version
 * and shown to the auditor. Because finding ids are stable, the same map is passed to every
 * re-check; explanations of warnings that no longer occur are reported by {@link
 * #staleExplanations} so the caller can drop them.
 */
public record CheckReport(List<Finding> findings) {
  public CheckReport {
    findings = Texts.copy(findings);
  }

  public List<Finding> errors() {
    return bySeverity(FindingSeverity.ERROR);
  }

  public List<Finding> warnings() {
    return bySeverity(FindingSeverity.WARNING);
  }

  /** The warnings that have no non-blank explanation in {@code explanations}. */
  public List<Finding> unexplainedWarnings(Map<String, String> explanations) {
    return warnings().stream()
        .filter(
            warning -> {
              String text = explanations == null ? null : explanations.get(warning.id());
              return text == null || text.isBlank();
            })
        .toList();
  }

  /** Whether the version may be submitted: no errors, and every warning explained. */
  public boolean isSubmissionAllowed(Map<String, String> explanations) {
    return errors().isEmpty() && unexplainedWarnings(explanations).isEmpty();
  }

  /** Ids in {@code explanations} that match no current warning. */
  public Set<String> staleExplanations(Map<String, String> explanations) {
    Set<String> current = warnings().stream().map(Finding::id).collect(Collectors.toSet());
    return explanations.keySet().stream()
        .filter(id -> !current.contains(id))
        .collect(Collectors.toUnmodifiableSet());
  }

  private List<Finding> bySeverity(FindingSeverity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
