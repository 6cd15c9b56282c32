package nl.vakwijzer.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a provider's module as stored: its dossier, status and bookkeeping.
 *
 * <p>{@code revision} is the optimistic-lock counter: pass it back to every change; a change based
 * on an older revision is refused with {@link ConcurrentModuleChangeException}. {@code
 * explanations} are the provider's written explanations of check warnings, keyed by {@link
 * Finding#id()}. {@code accreditationStage} is the accreditation workflow's current stage (a key
 * the web module translates), {@code null} before submission. {@code accreditedUntil} is set while
 * and after the version is accredited. {@code basedOn} is the version this one was copied from.
 */
public record ModuleVersion(
    ModuleVersionId id,
    ModuleId module,
    OrganisationId provider,
    String providerName,
    int number,
    ModuleVersionStatus status,
    String accreditationStage,
    long revision,
    ModuleDossier dossier,
    Map<String, String> explanations,
    List<AttachmentSummary> attachments,
    ModuleVersionId basedOn,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    LocalDate accreditedUntil) {
  public ModuleVersion {
    explanations = Map.copyOf(explanations);
    attachments = List.copyOf(attachments);
  }

  public boolean isEditable() {
    return status.isEditable();
  }
}
