package nl.vakwijzer.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ForbiddenException;
import java.security.Principal;

/** The authenticated caller of a REST request; resources use it to demand a caller or a role. */
@RequestScoped
public class Caller {
  @Inject SecurityContext securityContext;

  /** The caller's username; a 401 problem when nobody is authenticated. */
  public String require() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      throw new NotAuthorizedException("Basic realm=\"Vakwijzer\"");
    }
    return principal.getName();
  }

  /** Whether the caller (possibly anonymous) holds the role. */
  public boolean hasRole(String role) {
    return securityContext.getCallerPrincipal() != null && securityContext.isCallerInRole(role);
  }

  /** The caller's username when they hold the role; 401 or 403 otherwise. */
  public String requireRole(String role) {
    String username = require();
    if (!securityContext.isCallerInRole(role)) {
      throw new ForbiddenException();
    }
    return username;
  }
}
