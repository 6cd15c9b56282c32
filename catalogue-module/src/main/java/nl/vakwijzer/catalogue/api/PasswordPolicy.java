package nl.vakwijzer.catalogue.api;

import java.util.Optional;

/**
 * The password rule: at least 10 characters, not only letters and not the username. Length beats
 * composition rules (NIST SP 800-63B), so the rule stays short and explains itself.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** The message key of the first broken rule, or empty when the password is acceptable. */
  public static Optional<String> violation(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("catalogue.account.password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("catalogue.account.password.tooLong");
    }
    if (password.chars().allMatch(Character::isLetter)) {
      return Optional.of("catalogue.account.password.onlyLetters");
    }
    if (username != null && password.equalsIgnoreCase(username)) {
      return Optional.of("catalogue.account.password.isUsername");
    }
    return Optional.empty();
  }
}
