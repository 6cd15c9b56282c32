package nl.vakwijzer.catalogue.api;

/** The current password given to change a password is not the account's password. */
public class WrongPasswordException extends CatalogueException {
  public WrongPasswordException() {
    super("catalogue.account.password.wrong");
  }
}
