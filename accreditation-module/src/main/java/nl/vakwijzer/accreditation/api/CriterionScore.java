package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An auditor's score on one criterion; a score below "voldoet" needs a written finding. */
public record CriterionScore(
    @NotBlank String criterionCode,
    @NotNull Score score,
    @Size(max = 4000, message = "{accreditation.input.tooLong}") String finding) {
  public CriterionScore {
    finding = finding == null ? "" : finding.strip();
  }
}
