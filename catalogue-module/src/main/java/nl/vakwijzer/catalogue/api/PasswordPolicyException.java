package nl.vakwijzer.catalogue.api;

/** A new password breaks the {@link PasswordPolicy}; the key names the broken rule. */
public class PasswordPolicyException extends CatalogueException {
  public PasswordPolicyException(String messageKey) {
    super(messageKey, PasswordPolicy.MIN_LENGTH);
  }
}
