package nl.vakwijzer.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Training providers: self-registration, the beheerder's approval, the provider profile, and the
 * organisation admin's invitations of colleagues.
 *
 * <p>Access is decided from the {@link Actor}: a beheerder sees and decides every registration; a
 * provider user sees only its own organisation; only an organisation admin of that organisation
 * changes its profile or invites colleagues. Anything else raises
 * {@link ProviderAccessDeniedException}; another organisation's id is never answered with its
 * data.
 *
 * <p>Every change is one transaction: a refused registration stores nothing.
 */
public interface ProviderService {
  /** Days an invitation link stays valid. */
  int INVITATION_DAYS = 7;

  /** Longest reason for a rejection. */
  int MAX_REASON_LENGTH = 2000;

  /** The regions a provider can serve, in display order ("landelijk" first). */
  List<Region> regions();

  /**
   * Registers a provider: organisation (status {@link OrganisationStatus#AANGEMELD}), profile and
   * its first user (role AANBIEDER, organisation admin, active so it can sign in and see that it
   * awaits approval).
   *
   * @throws DuplicateOrganisationException when the name is taken
   * @throws DuplicateKvkNumberException when the KvK number is registered already
   * @throws DuplicateUsernameException when the username is taken
   * @throws InvalidKvkNumberException, InvalidPostcodeException, InvalidCrkboRegistrationException
   * @throws PasswordPolicyException when the password is too weak
   */
  Provider register(@NotNull @Valid ProviderRegistration registration);

  /** Registrations awaiting a decision, oldest first; beheerder only. */
  List<Provider> pending(@NotNull Actor actor);

  /** Approves a pending registration: the organisation becomes ACTIEF. Beheerder only. */
  Provider approve(@NotNull Actor actor, @NotNull OrganisationId organisation);

  /** Rejects a pending registration with a reason the provider sees. Beheerder only. */
  Provider reject(
      @NotNull Actor actor,
      @NotNull OrganisationId organisation,
      @NotBlank(message = "{catalogue.provider.reason.required}")
          @Size(max = MAX_REASON_LENGTH, message = "{catalogue.provider.reason.size}")
          String reason);

  /**
   * A provider with its profile: for a beheerder any, for a provider user only its own (empty for
   * any other id, as for one that does not exist).
   */
  Optional<Provider> provider(@NotNull Actor actor, @NotNull OrganisationId organisation);

  /** The status of an organisation (ACTIEF for one that is not a provider). */
  Optional<OrganisationStatus> status(@NotNull OrganisationId organisation);

  /**
   * Creates or replaces the profile. By an organisation admin of that organisation, or a
   * beheerder.
   */
  Provider updateProfile(@NotNull Actor actor, @NotNull OrganisationId organisation, @NotNull @Valid ProviderProfile profile);

  /** Whether the account is an organisation admin. */
  boolean isOrganisationAdmin(@NotNull AccountId account);

  /** Makes an account of a provider organisation its organisation admin (or not). Beheerder only. */
  void setOrganisationAdmin(@NotNull Actor actor, @NotNull AccountId account, boolean admin);

  /** The users of the actor's own organisation, invited ones included, by name. */
  List<Colleague> colleagues(@NotNull Actor actor);

  /**
   * Invites a colleague into the actor's organisation: an inactive account (role AANBIEDER) and a
   * single-use token valid for {@value #INVITATION_DAYS} days. Organisation admins only.
   */
  Invitation invite(@NotNull Actor actor, @NotNull @Valid NewColleague colleague);

  /** The invitation behind a token, when it is valid, unused and unexpired. */
  Optional<OpenInvitation> invitation(String token);

  /**
   * Accepts an invitation: the invitee chooses username and password, the account becomes active
   * and the token is used up. Returns the (normalised) username.
   *
   * @throws InvalidInvitationException when the token is unknown, used or expired
   * @throws DuplicateUsernameException, PasswordPolicyException
   */
  String acceptInvitation(
      @NotNull String token,
      @NotBlank(message = "{catalogue.account.username.required}")
          @jakarta.validation.constraints.Pattern(
              regexp = "[A-Za-z0-9._@-]{3,80}",
              message = "{catalogue.account.username.pattern}")
          String username,
      @NotBlank(message = "{catalogue.account.password.required}") String password);
}
