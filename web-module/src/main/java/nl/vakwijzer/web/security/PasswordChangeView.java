package nl.vakwijzer.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.web.shared.FacesMessages;

/** Lets the signed-in user change their own password. */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient CurrentUser currentUser;
  @Inject transient FacesMessages messages;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public void change() {
    if (!Objects.equals(newPassword, confirmation)) {
      messages.errorFor("account:confirmation", "account.password.mismatch");
      return;
    }
    try {
      accounts.changePassword(currentUser.getUsername(), currentPassword, newPassword);
      messages.info("account.password.changed");
      currentPassword = newPassword = confirmation = null;
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
