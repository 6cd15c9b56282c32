package nl.vakwijzer.accreditation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AccountId;

/**
 * An auditor in the pool: the account, expertise (codes of competency frameworks and of profiles
 * within them, e.g. {@code S3} and {@code KLANTMANAGER}), declared affiliations and capacity (the
 * most open applications at a time). Inactive auditors are never proposed.
 */
public record AuditorProfile(
    @NotNull AccountId account,
    @NotBlank @Size(max = 200, message = "{accreditation.input.tooLong}") String displayName,
    @NotNull Set<String> frameworkCodes,
    @NotNull Set<String> profileCodes,
    @NotNull List<@Valid Affiliation> affiliations,
    @Min(0) @Max(100) int capacity,
    boolean active) {
  public AuditorProfile {
    Objects.requireNonNull(account, "account");
    frameworkCodes = Set.copyOf(frameworkCodes);
    profileCodes = Set.copyOf(profileCodes);
    affiliations = List.copyOf(affiliations);
  }
}
