package nl.vakwijzer.catalogue.api;

/**
 * An invitation token is unknown, used or expired. The three cases get the same message, so a
 * guessed token tells nothing.
 */
public class InvalidInvitationException extends CatalogueException {
  public InvalidInvitationException() {
    super("catalogue.invitation.invalid");
  }
}
