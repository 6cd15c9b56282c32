package nl.vakwijzer.catalogue.api;

/** The chosen username is already taken (case-insensitively). */
public class DuplicateUsernameException extends CatalogueException {
  public DuplicateUsernameException(String username) {
    super("catalogue.account.username.taken", username);
  }
}
