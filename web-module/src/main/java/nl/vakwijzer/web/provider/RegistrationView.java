package nl.vakwijzer.web.provider;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ProviderRegistration;
import nl.vakwijzer.catalogue.api.ProviderService;
import nl.vakwijzer.catalogue.api.Region;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * The public registration of a new training provider: organisation, profile and first user, saved
 * in one transaction (status AANGEMELD until a beheerder approves).
 *
 * <p>Against form-filling robots there is a honeypot: an input people never see (hidden by the
 * style sheet) and robots fill in. A filled honeypot gets the same thank-you page and saves
 * nothing. No captcha service: the server reaches no third party.
 */
@Named
@ViewScoped
public class RegistrationView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RegistrationView.class.getName());
  private static final String FORM = "registration";
  private static final Set<String> FIELDS = new HashSet<>(ProfileForm.FIELDS);

  static {
    FIELDS.addAll(Set.of("organisationName", "displayName", "username", "email", "password", "passwordConfirmation"));
  }

  @Inject transient ProviderService providers;
  @Inject transient FacesMessages messages;

  private final ProfileForm profile = new ProfileForm();
  private String organisationName;
  private String displayName;
  private String username;
  private String email;
  private String password;
  private String passwordConfirmation;
  private String honeypot;
  private boolean registered;
  private transient List<Region> regions;

  public void register() {
    if (honeypot != null && !honeypot.isBlank()) {
      LOG.info("Registration refused: honeypot filled in");
      registered = true; // looks like success to the robot
      return;
    }
    if (!Objects.equals(password, passwordConfirmation)) {
      messages.errorFor(FORM + ":passwordConfirmation", "account.password.mismatch");
      return;
    }
    try {
      providers.register(
          new ProviderRegistration(organisationName, profile.toProfile(), displayName, username, email, password));
      registered = true;
      password = passwordConfirmation = null;
    } catch (CatalogueException e) {
      ProviderFormErrors.show(messages, FORM, FIELDS, e);
    } catch (ConstraintViolationException e) {
      ProviderFormErrors.show(messages, FORM, FIELDS, e);
    }
  }

  public List<Region> getRegionChoices() {
    if (regions == null) {
      regions = providers.regions();
    }
    return regions;
  }

  public ProfileForm getProfile() { return profile; }
  public boolean isRegistered() { return registered; }
  public String getOrganisationName() { return organisationName; }
  public void setOrganisationName(String v) { organisationName = v; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String v) { displayName = v; }
  public String getUsername() { return username; }
  public void setUsername(String v) { username = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public String getPassword() { return password; }
  public void setPassword(String v) { password = v; }
  public String getPasswordConfirmation() { return passwordConfirmation; }
  public void setPasswordConfirmation(String v) { passwordConfirmation = v; }
  public String getHoneypot() { return honeypot; }
  public void setHoneypot(String v) { honeypot = v; }
}
