package nl.vakwijzer.catalogue.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider portal: training modules, their versions with a curriculum dossier and competency
 * claims, the pre-submission check (aanvraagcheck), submission and attachments.
 *
 * <p>Every operation takes the {@link Actor}; a provider user (role AANBIEDER) reads and changes
 * only its own organisation's modules. Any id of another organisation is answered exactly like an
 * id that does not exist: {@link UnknownModuleException}. A BEHEERDER may read every module but
 * changes none.
 *
 * <p>Changes carry the revision the caller read ({@link ModuleVersion#revision()}); a stale
 * revision raises {@link ConcurrentModuleChangeException} and changes nothing.
 */
public interface ModuleService {

  /**
   * Starts a new module of the actor's organisation with a concept version 1.
   *
   * @throws UnknownItemException when a claim names an item that is not a competency of a
   *     published framework, a level outside its scale or a behaviour example not its own
   */
  ModuleVersion create(@NotNull Actor actor, @NotNull ModuleDossier dossier);

  /**
   * "Copy from a previous module": starts a new module whose concept version 1 copies the dossier of
   * {@code source}'s newest version (title prefixed by the caller, offerings dropped).
   */
  ModuleVersion copyModule(@NotNull Actor actor, @NotNull ModuleId source, @NotNull String newTitle);

  /** The actor's organisation's modules, newest change first. */
  List<ModuleSummary> modules(@NotNull Actor actor);

  /** All versions of a module, newest first. */
  List<ModuleVersion> versions(@NotNull Actor actor, @NotNull ModuleId module);

  ModuleVersion version(@NotNull Actor actor, @NotNull ModuleVersionId version);

  /**
   * Saves a concept's dossier and warning explanations.
   *
   * @throws ModuleNotEditableException when the version is not a concept
   * @throws ConcurrentModuleChangeException when {@code expectedRevision} is stale
   * @throws UnknownItemException as for {@link #create}
   */
  ModuleVersion saveConcept(
      @NotNull Actor actor,
      @NotNull ModuleVersionId version,
      long expectedRevision,
      @NotNull ModuleDossier dossier,
      @NotNull Map<String, String> explanations);

  /**
   * The aanvraagcheck on an unsaved dossier (live, next to the form): hard-to-learn flags of the
   * claims are taken from the frameworks, whatever the caller set.
   */
  CheckReport check(@NotNull ModuleDossier dossier);

  /** The aanvraagcheck on a stored version. */
  CheckReport check(@NotNull Actor actor, @NotNull ModuleVersionId version);

  /**
   * Submits a concept for accreditation: runs the check again, stores it with the explanations,
   * makes the version read-only (INGEDIEND) and fires {@code ModuleVersionSubmitted}.
   *
   * @throws SubmissionRefusedException on errors, unexplained warnings or an unapproved provider
   */
  ModuleVersion submit(@NotNull Actor actor, @NotNull ModuleVersionId version, long expectedRevision);

  /**
   * Starts a new concept version from the module's newest non-concept version (editing an
   * accredited, rejected or expired module). Returns the existing concept if there is one.
   */
  ModuleVersion newVersion(@NotNull Actor actor, @NotNull ModuleId module);

  /**
   * What the material-change rule says about {@code proposed} compared with the module's accredited
   * version; empty when the module has no accredited version (then everything is reviewed anyway).
   */
  Optional<MaterialChangeVerdict> changeVerdict(
      @NotNull Actor actor, @NotNull ModuleVersionId concept, @NotNull ModuleDossier proposed);

  /**
   * Publishes a concept whose changes against the accredited version are all PUBLISH_DIRECTLY: it
   * becomes GEACCREDITEERD with the same accepted claims and end date, the old version VERVANGEN.
   *
   * @throws SubmissionRefusedException when a change needs accreditation
   */
  ModuleVersion publishDirectly(@NotNull Actor actor, @NotNull ModuleVersionId concept, long expectedRevision);

  /** Deletes a concept version (and the module, if it was its only version). */
  void deleteConcept(@NotNull Actor actor, @NotNull ModuleVersionId concept, long expectedRevision);

  /**
   * Adds an attachment to a concept. The type is decided from the content (PDF or DOCX), the limit
   * is 10 MB; a refused upload stores nothing.
   *
   * @throws InvalidAttachmentException when the content is refused
   */
  AttachmentSummary addAttachment(
      @NotNull Actor actor,
      @NotNull ModuleVersionId version,
      @NotNull AttachmentKind kind,
      @NotNull String fileName,
      @NotNull byte[] content);

  void removeAttachment(@NotNull Actor actor, @NotNull ModuleVersionId version, @NotNull AttachmentId attachment);

  AttachmentContent attachment(@NotNull Actor actor, @NotNull AttachmentId attachment);

  /** The levels and behaviour examples a claim on {@code competency} can choose from. */
  ClaimOptions claimOptions(@NotNull ItemId competency);

  /**
   * A version as municipalities see it: public fields only. Accredited versions are public;
   * others only for their own provider (preview) and beheerders.
   */
  ModuleVersion publicView(Actor actorOrNull, @NotNull ModuleVersionId version);
}
