package nl.vakwijzer.catalogue.api.gap;

import java.time.Instant;
import java.util.Objects;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * A target profile stored for a municipality: its name, where it came from ({@code sourceItem},
 * the Divosa profile or hoofdtaak, null otherwise), the profile itself and the revision for
 * optimistic locking.
 */
public record StoredTargetProfile(
    TargetProfileId id,
    OrganisationId owner,
    String name,
    ItemId sourceItem,
    TargetProfile profile,
    long revision,
    Instant changedAt) {
  public StoredTargetProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
  }
}
