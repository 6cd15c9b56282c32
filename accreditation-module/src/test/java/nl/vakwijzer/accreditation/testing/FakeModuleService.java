package nl.vakwijzer.accreditation.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentContent;
import nl.vakwijzer.catalogue.api.AttachmentId;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.MaterialChangeVerdict;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleSummary;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * A fake of the catalogue's {@link ModuleService} (a collaborator of another module) that only
 * answers {@link #version}: the submitted versions tests put in with {@link #submitted}.
 */
public final class FakeModuleService implements ModuleService {
  private final Map<ModuleVersionId, ModuleVersion> versions = new HashMap<>();

  /** Puts a submitted version with these claims in, as the catalogue would have stored it. */
  public ModuleVersion submitted(
      ModuleVersionId id, ModuleId module, OrganisationId provider, int number, String title, List<Claim> claims, Instant at) {
    return submitted(id, module, provider, number, title, "", claims, at);
  }

  /** As above, with an educational vision (opleidingsvisie), so a renewal can change one part. */
  public ModuleVersion submitted(
      ModuleVersionId id, ModuleId module, OrganisationId provider, int number, String title, String vision,
      List<Claim> claims, Instant at) {
    ModuleDossier dossier = new ModuleDossier(title, "", "", "", vision, List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(), null, null, "nl", null, 0, List.of(), claims);
    ModuleVersion version = new ModuleVersion(id, module, provider, "Opleider B.V.", number, ModuleVersionStatus.INGEDIEND,
        null, 1, dossier, Map.of(), List.of(), null, at, at, at, null);
    versions.put(id, version);
    return version;
  }

  @Override
  public ModuleVersion version(Actor actor, ModuleVersionId version) {
    ModuleVersion v = versions.get(version);
    if (v == null) {
      throw new IllegalArgumentException("unknown version " + version);
    }
    return v;
  }

  private static UnsupportedOperationException notInTests() {
    return new UnsupportedOperationException("not used by the accreditation module");
  }

  @Override public ModuleVersion create(Actor actor, ModuleDossier dossier) { throw notInTests(); }
  @Override public ModuleVersion copyModule(Actor actor, ModuleId source, String newTitle) { throw notInTests(); }
  @Override public List<ModuleSummary> modules(Actor actor) { throw notInTests(); }
  @Override public List<ModuleVersion> versions(Actor actor, ModuleId module) { throw notInTests(); }
  @Override public ModuleVersion saveConcept(Actor actor, ModuleVersionId version, long expectedRevision, ModuleDossier dossier,
      Map<String, String> explanations) { throw notInTests(); }
  @Override public CheckReport check(ModuleDossier dossier) { throw notInTests(); }
  @Override public CheckReport check(Actor actor, ModuleVersionId version) { throw notInTests(); }
  @Override public ModuleVersion submit(Actor actor, ModuleVersionId version, long expectedRevision) { throw notInTests(); }
  @Override public ModuleVersion newVersion(Actor actor, ModuleId module) { throw notInTests(); }
  @Override public Optional<MaterialChangeVerdict> changeVerdict(Actor actor, ModuleVersionId concept, ModuleDossier proposed) {
    throw notInTests();
  }
  @Override public ModuleVersion publishDirectly(Actor actor, ModuleVersionId concept, long expectedRevision) { throw notInTests(); }
  @Override public void deleteConcept(Actor actor, ModuleVersionId concept, long expectedRevision) { throw notInTests(); }
  @Override public AttachmentSummary addAttachment(Actor actor, ModuleVersionId version, AttachmentKind kind, String fileName,
      byte[] content) { throw notInTests(); }
  @Override public void removeAttachment(Actor actor, ModuleVersionId version, AttachmentId attachment) { throw notInTests(); }
  @Override public AttachmentContent attachment(Actor actor, AttachmentId attachment) { throw notInTests(); }
  @Override public ClaimOptions claimOptions(ItemId competency) { throw notInTests(); }
  @Override public ModuleVersion publicView(Actor actorOrNull, ModuleVersionId version) { throw notInTests(); }
}
