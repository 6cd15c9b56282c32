package nl.vakwijzer.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One way to sign in with a username and password, for the login page and for REST Basic auth. */
public final class PasswordAuthentication {
  private PasswordAuthentication() {}

  public static AuthenticationStatus authenticate(
      SecurityContext securityContext,
      HttpServletRequest request,
      HttpServletResponse response,
      String username,
      String password) {
    return securityContext.authenticate(
        request,
        response,
        withParams()
            .newAuthentication(true)
            .credential(new UsernamePasswordCredential(username, new Password(password))));
  }
}
