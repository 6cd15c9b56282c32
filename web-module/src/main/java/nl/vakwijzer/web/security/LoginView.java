package nl.vakwijzer.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * The login form. A wrong password and an unknown username get the same message, so the page
 * never tells which usernames exist.
 */
@Named
@RequestScoped
public class LoginView {
  @Inject SecurityContext securityContext;
  @Inject FacesContext facesContext;
  @Inject FacesMessages messages;
  @Inject CurrentUser currentUser;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    Optional<String> originalPage = OriginalRequest.peek(request);
    if (request.getSession(false) != null) {
      request.changeSessionId(); // no session fixation across the login
    }
    AuthenticationStatus status =
        PasswordAuthentication.authenticate(securityContext, request, response, username, password);
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete(); // back to the page that asked
      case SUCCESS -> {
        facesContext.responseComplete();
        String target = originalPage.orElseGet(currentUser::homePage);
        external.redirect(external.getRequestContextPath() + target);
      }
      default -> messages.error("security.login.failed");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
