package nl.vakwijzer.catalogue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vakwijzer.catalogue.api.OrganisationStatus;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.Region;

/**
 * Storage of provider organisations, their profiles, their users' admin flags and invitations.
 * Plain rows in and out; the rules live in the application service.
 */
public interface ProviderRepository {

  /** An organisation row with what the provider rules need. */
  record OrganisationRow(UUID id, String name, OrganisationType type, OrganisationStatus status) {}

  /** A stored profile, canonical values. */
  record ProfileRow(
      UUID organisationId,
      String kvkNumber,
      String crkboNumber,
      String street,
      String houseNumber,
      String postcode,
      String place,
      List<String> regions,
      String contactName,
      String contactEmail,
      String contactPhone,
      String website,
      Instant registeredAt,
      String rejectionReason) {}

  /** An account row as the provider rules see it. */
  record AccountRow(
      UUID id,
      String username,
      String displayName,
      String email,
      UUID organisationId,
      boolean active,
      boolean organisationAdmin,
      boolean invitationOpen,
      boolean aanbieder) {}

  /** A stored invitation. */
  record InvitationRow(String tokenHash, UUID accountId, Instant expiresAt, Instant usedAt) {}

  /** Runs {@code work} as one transaction (in the container: the caller's JTA transaction). */
  <T> T inTransaction(Supplier<T> work);

  List<Region> regions();

  Optional<OrganisationRow> organisation(UUID id);

  boolean organisationNameTaken(String name);

  boolean kvkNumberTaken(String kvkNumber, UUID exceptOrganisation);

  boolean usernameTaken(String normalisedUsername);

  void insertOrganisation(UUID id, String name, OrganisationType type, OrganisationStatus status, Instant at);

  void setStatus(UUID organisation, OrganisationStatus status, UUID decidedBy, String rejectionReason, Instant at);

  Optional<ProfileRow> profile(UUID organisation);

  /** Inserts or replaces the profile and its regions. */
  void saveProfile(ProfileRow profile);

  /** Ids of organisations in the status, oldest registration first. */
  List<UUID> organisationsWithStatus(OrganisationStatus status);

  Optional<AccountRow> account(UUID id);

  /** The first organisation admin of an organisation (by creation time). */
  Optional<AccountRow> firstAdmin(UUID organisation);

  List<AccountRow> accountsOf(UUID organisation);

  /** Inserts an account with role AANBIEDER; username and password hash are null for an invitee. */
  void insertProviderAccount(
      UUID id,
      String username,
      String displayName,
      String email,
      String passwordHash,
      UUID organisation,
      boolean active,
      boolean organisationAdmin,
      Instant at);

  void setOrganisationAdmin(UUID account, boolean admin);

  void activate(UUID account, String username, String passwordHash, Instant at);

  void insertInvitation(String tokenHash, UUID account, UUID invitedBy, Instant at, Instant expiresAt);

  Optional<InvitationRow> invitation(String tokenHash);

  /** Marks the invitation used; false when it was used meanwhile (a concurrent accept). */
  boolean useInvitation(String tokenHash, Instant at);
}
