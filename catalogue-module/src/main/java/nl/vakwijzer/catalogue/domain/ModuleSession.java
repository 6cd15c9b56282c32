package nl.vakwijzer.catalogue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.AttachmentContent;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;

/**
 * One unit of work on the module tables. Methods that change a version and take an {@code
 * expectedRevision} change it only while its revision still is that value and then raise it; they
 * return whether a row changed (false: someone else changed it first, or it does not exist).
 */
public interface ModuleSession {

  // ----------------------------------------------------------------- organisations

  /** The organisation's status (AANGEMELD, ACTIEF, AFGEWEZEN), empty if it does not exist. */
  Optional<String> organisationStatus(UUID organisation);

  // ----------------------------------------------------------------- modules and versions

  void insertModule(UUID module, UUID organisation, Instant now);

  /** Locks the module row until the end of the transaction; false when it does not exist. */
  boolean lockModule(UUID module);

  Optional<UUID> organisationOf(UUID module);

  /** Module ids of an organisation, or of all organisations for {@code null}. */
  List<UUID> modules(UUID organisationOrNull);

  void deleteModule(UUID module);

  /** Stores a new version with its claims. */
  void insertVersion(NewVersion version);

  Optional<ModuleVersion> version(UUID version);

  /** All versions of a module, newest (highest number) first. */
  List<ModuleVersion> versions(UUID module);

  boolean updateConcept(
      UUID version, long expectedRevision, ModuleDossier dossier, Map<String, String> explanations,
      UUID account, Instant now);

  boolean submit(
      UUID version, long expectedRevision, CheckReport report, Map<String, String> explanations,
      UUID account, Instant now);

  /** Changes the status; {@code expectedRevision} null changes it whatever the revision. */
  boolean changeStatus(UUID version, Long expectedRevision, ModuleVersionStatus status, UUID account, Instant now);

  boolean recordStage(UUID version, String stage, Instant now);

  /** Sets the status GEACCREDITEERD with its end date. */
  boolean accredit(UUID version, LocalDate until, Instant now);

  boolean deleteVersion(UUID version, long expectedRevision);

  // ----------------------------------------------------------------- claims

  /** Marks the version's claim on each competency accepted at the given levels; false if one is not claimed. */
  boolean acceptClaims(UUID version, List<AcceptedClaim> accepted);

  /** Copies the accepted flags and levels of {@code from}'s claims to {@code to}'s claims on the same competencies. */
  void copyAcceptance(UUID from, UUID to);

  List<AcceptedClaim> acceptedClaims(UUID version);

  // ----------------------------------------------------------------- attachments

  void insertAttachment(UUID version, AttachmentSummary summary, byte[] content);

  boolean deleteAttachment(UUID version, UUID attachment);

  /** An attachment with the id of the version it belongs to. */
  Optional<Map.Entry<UUID, AttachmentContent>> attachment(UUID attachment);

  /** Copies every attachment of {@code from} to {@code to} (new ids, same content). */
  void copyAttachments(UUID from, UUID to);

  // ----------------------------------------------------------------- framework look-ups

  /** Of the given competencies, those the frameworks mark hard to learn. */
  Set<UUID> hardToLearn(Set<UUID> competencies);

  Optional<ItemSummary> item(UUID item);

  /** The status of a framework version (CONCEPT, GEPUBLICEERD, VERVANGEN, INGETROKKEN). */
  Optional<String> frameworkStatus(UUID framework);

  /** The LEVEL items a competency points at with hasSkillLevel, lowest first. */
  List<ItemSummary> skillLevels(UUID competency);

  /** The LEVEL items of a framework, lowest first. */
  List<ItemSummary> frameworkLevels(UUID framework);

  /** The competency's descendants that are behaviour examples or indicators, in document order. */
  List<ItemSummary> behaviourExamples(UUID competency);

  /** A version to store. */
  record NewVersion(
      UUID id,
      UUID module,
      int number,
      ModuleVersionStatus status,
      ModuleDossier dossier,
      Map<String, String> explanations,
      UUID basedOn,
      UUID account,
      Instant now) {}
}
