package nl.vakwijzer.web.provider;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.Colleague;
import nl.vakwijzer.catalogue.api.Invitation;
import nl.vakwijzer.catalogue.api.NewColleague;
import nl.vakwijzer.catalogue.api.Provider;
import nl.vakwijzer.catalogue.api.ProviderService;
import nl.vakwijzer.catalogue.api.Region;
import nl.vakwijzer.web.shared.FacesMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation admin's page: the provider profile (editable), the colleagues and inviting a
 * new one. Anyone else gets 403, a colleague without admin rights included.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> INVITE_FIELDS = Set.of("displayName", "email");

  @Inject transient ProviderService providers;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;
  @Inject transient FacesContext facesContext;
  @Inject transient InvitationMailer mailer;

  @Inject
  @ConfigProperty(name = "vakwijzer.base-url")
  transient Optional<String> baseUrl;

  private transient Provider provider;
  private transient List<Colleague> colleagues;
  private transient List<Region> regions;
  private ProfileForm profile;
  private String inviteName;
  private String inviteEmail;
  private String shownLink;

  /** View action: only an organisation admin of a provider may be here. */
  public void load() throws IOException {
    Optional<Actor> me = actor.actor();
    if (me.isEmpty() || me.get().organisation() == null || !providers.isOrganisationAdmin(me.get().account())) {
      ExternalContext external = facesContext.getExternalContext();
      external.responseSendError(403, null);
      facesContext.responseComplete();
      return;
    }
    refresh();
    if (profile == null) {
      profile = ProfileForm.of(provider == null ? null : provider.profile());
    }
  }

  private void refresh() {
    Actor me = actor.require();
    provider = providers.provider(me, me.organisation()).orElse(null);
    colleagues = providers.colleagues(me);
  }

  public void saveProfile() {
    Actor me = actor.require();
    try {
      provider = providers.updateProfile(me, me.organisation(), profile.toProfile());
      profile = ProfileForm.of(provider.profile());
      messages.info("provider.organisation.saved");
    } catch (CatalogueException e) {
      ProviderFormErrors.show(messages, "profile", ProfileForm.FIELDS, e);
    } catch (ConstraintViolationException e) {
      ProviderFormErrors.show(messages, "profile", ProfileForm.FIELDS, e);
    }
  }

  public void invite() {
    shownLink = null;
    try {
      Invitation invitation = providers.invite(actor.require(), new NewColleague(inviteName, inviteEmail));
      String link = link(invitation.token());
      if (mailer.send(invitation, link)) {
        messages.info("provider.invitation.sent", invitation.displayName(), invitation.email());
      } else {
        shownLink = link;
        messages.info("provider.invitation.notMailed", invitation.displayName());
      }
      inviteName = inviteEmail = null;
      refresh();
    } catch (CatalogueException e) {
      ProviderFormErrors.show(messages, "invite", new HashSet<>(INVITE_FIELDS), e);
    } catch (ConstraintViolationException e) {
      ProviderFormErrors.show(messages, "invite", new HashSet<>(INVITE_FIELDS), e);
    }
  }

  private String link(String token) {
    String base =
        baseUrl.filter(s -> !s.isBlank()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s).orElseGet(() -> {
          HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
          String scheme = request.getScheme();
          int port = request.getServerPort();
          boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
          return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        });
    return base + "/uitnodiging.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  public Provider getProvider() {
    if (provider == null && actor.actor().isPresent()) {
      refresh();
    }
    return provider;
  }

  public List<Colleague> getColleagues() {
    if (colleagues == null) {
      refresh();
    }
    return colleagues;
  }

  public List<Region> getRegionChoices() {
    if (regions == null) {
      regions = providers.regions();
    }
    return regions;
  }

  public ProfileForm getProfile() { return profile; }
  public String getInviteName() { return inviteName; }
  public void setInviteName(String v) { inviteName = v; }
  public String getInviteEmail() { return inviteEmail; }
  public void setInviteEmail(String v) { inviteEmail = v; }
  public String getShownLink() { return shownLink; }
}
