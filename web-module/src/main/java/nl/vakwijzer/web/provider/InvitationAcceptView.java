package nl.vakwijzer.web.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.OpenInvitation;
import nl.vakwijzer.catalogue.api.ProviderService;
import nl.vakwijzer.web.shared.FacesMessages;

/** The invitee's page: choose a username and password; the account is then active. */
@Named
@ViewScoped
public class InvitationAcceptView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> FIELDS = Set.of("username", "password", "passwordConfirmation");

  @Inject transient ProviderService providers;
  @Inject transient FacesMessages messages;

  private String token;
  private transient OpenInvitation invitation;
  private boolean loaded;
  private String username;
  private String password;
  private String passwordConfirmation;
  private String acceptedUsername;

  /** View action: looks the token up once. */
  public void load() {
    if (!loaded) {
      invitation = providers.invitation(token).orElse(null);
      loaded = true;
    }
  }

  public void accept() {
    if (!Objects.equals(password, passwordConfirmation)) {
      messages.errorFor("invitation:passwordConfirmation", "account.password.mismatch");
      return;
    }
    try {
      acceptedUsername = providers.acceptInvitation(token, username, password);
      password = passwordConfirmation = null;
    } catch (CatalogueException e) {
      ProviderFormErrors.show(messages, "invitation", FIELDS, e);
    } catch (ConstraintViolationException e) {
      ProviderFormErrors.show(messages, "invitation", FIELDS, e);
    }
  }

  public boolean isValid() {
    return invitation != null;
  }

  public OpenInvitation getInvitation() { return invitation; }
  public String getToken() { return token; }
  public void setToken(String v) { token = v; }
  public String getUsername() { return username; }
  public void setUsername(String v) { username = v; }
  public String getPassword() { return password; }
  public void setPassword(String v) { password = v; }
  public String getPasswordConfirmation() { return passwordConfirmation; }
  public void setPasswordConfirmation(String v) { passwordConfirmation = v; }
  public String getAcceptedUsername() { return acceptedUsername; }
}
