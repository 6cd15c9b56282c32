package nl.vakwijzer.web.provider.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.ModuleSummary;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.web.shared.Bundle;

/** The provider api's response bodies. Ids are strings; the dossier is the api's record as JSON. */
public final class ModuleResponses {
  private ModuleResponses() {}

  /** A module on the provider's list. */
  public record ModuleItem(
      String id,
      String title,
      String latestVersion,
      int latestNumber,
      String status,
      String accreditationStage,
      String accreditedVersion,
      LocalDate accreditedUntil,
      int claimCount,
      Instant updatedAt,
      boolean actionNeeded) {
    public static ModuleItem of(ModuleSummary m) {
      return new ModuleItem(
          m.id().toString(),
          m.title(),
          m.latestVersion().toString(),
          m.latestNumber(),
          m.latestStatus().name(),
          m.accreditationStage(),
          m.accreditedVersion() == null ? null : m.accreditedVersion().toString(),
          m.accreditedUntil(),
          m.claimCount(),
          m.updatedAt(),
          m.actionNeeded());
    }
  }

  /** One attachment, without content. */
  public record AttachmentItem(String id, String kind, String fileName, String mediaType, long size, String sha256) {
    public static AttachmentItem of(AttachmentSummary a) {
      return new AttachmentItem(a.id().toString(), a.kind().name(), a.fileName(), a.mediaType(), a.size(), a.sha256());
    }
  }

  /** A module version with its dossier (as a JSON object) and bookkeeping. */
  public record VersionBody(
      String id,
      String module,
      int number,
      String status,
      String accreditationStage,
      long revision,
      Object dossier,
      Map<String, String> explanations,
      List<AttachmentItem> attachments,
      Instant updatedAt,
      Instant submittedAt,
      LocalDate accreditedUntil) {
    public static VersionBody of(ModuleVersion v) {
      return new VersionBody(
          v.id().toString(),
          v.module().toString(),
          v.number(),
          v.status().name(),
          v.accreditationStage(),
          v.revision(),
          jakarta.json.Json.createReader(new java.io.StringReader(DossierJson.jsonb().toJson(v.dossier()))).readObject(),
          v.explanations(),
          v.attachments().stream().map(AttachmentItem::of).toList(),
          v.updatedAt(),
          v.submittedAt(),
          v.accreditedUntil());
    }
  }

  /** One finding of the aanvraagcheck, with its message in the caller's language. */
  public record FindingItem(String id, String rule, String severity, String subject, String message) {
    public static FindingItem of(Finding f, Locale locale) {
      return new FindingItem(
          f.id(), f.rule().name(), f.severity().name(), f.subject(), Bundle.text(locale, f.messageKey(), f.arguments().toArray()));
    }
  }

  /** The aanvraagcheck's result. */
  public record CheckBody(List<FindingItem> errors, List<FindingItem> warnings, List<String> unexplainedWarnings, boolean submissionAllowed) {
    public static CheckBody of(CheckReport report, Map<String, String> explanations, Locale locale) {
      return new CheckBody(
          report.errors().stream().map(f -> FindingItem.of(f, locale)).toList(),
          report.warnings().stream().map(f -> FindingItem.of(f, locale)).toList(),
          report.unexplainedWarnings(explanations).stream().map(Finding::id).toList(),
          report.isSubmissionAllowed(explanations));
    }
  }
}
