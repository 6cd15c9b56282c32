package nl.vakwijzer.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: who may sign in, with which roles, on behalf of which organisation.
 *
 * <p>Usernames are case-insensitive and stored in lower case. Passwords are kept only as PBKDF2
 * hashes. A failed credential check never says whether the username exists.
 */
public interface AccountService {

  /**
   * Checks a username and password. Empty when the pair is wrong, the account is unknown or it
   * is inactive; the three cases take about the same time.
   */
  Optional<AuthenticatedAccount> verifyCredentials(String username, String password);

  /**
   * Creates an account.
   *
   * @throws DuplicateUsernameException when the username is taken
   * @throws UnknownOrganisationException when the organisation does not exist
   * @throws InvalidAccountException when the roles do not fit the organisation
   * @throws PasswordPolicyException when the password is too weak
   */
  AccountSummary create(@NotNull @Valid NewAccount account);

  /**
   * Changes the password of the account after checking its current password.
   *
   * @throws WrongPasswordException when the current password is wrong
   * @throws PasswordPolicyException when the new password is too weak
   */
  void changePassword(@NotNull String username, @NotNull String currentPassword, @NotNull String newPassword);

  Optional<AccountSummary> findByUsername(String username);

  /** All accounts, ordered by username. */
  List<AccountSummary> list();

  /** Whether any account exists (used to decide whether demo accounts still need creating). */
  boolean exists(String username);
}
