package nl.vakwijzer.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.vakwijzer.web.security.PasswordAuthentication;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.Problem;

/**
 * Authenticates REST calls that carry HTTP Basic credentials, through the same identity store as
 * the login page. Calls without credentials go on anonymously (a signed-in browser session still
 * counts); resources decide what needs a caller. Wrong credentials end the call with a 401
 * problem that does not say whether the username exists.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {
  @Inject SecurityContext securityContext;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @Override
  public void filter(ContainerRequestContext context) {
    String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return;
    }
    String[] pair = decode(header.substring(6).trim());
    if (pair != null) {
      AuthenticationStatus status =
          PasswordAuthentication.authenticate(securityContext, request, response, pair[0], pair[1]);
      if (status == AuthenticationStatus.SUCCESS) {
        return;
      }
    }
    context.abortWith(unauthorized(context));
  }

  static Response unauthorized(ContainerRequestContext context) {
    var locale = context.getAcceptableLanguages().isEmpty() ? null : context.getAcceptableLanguages().get(0);
    return Response.fromResponse(
            Problem.of(Response.Status.UNAUTHORIZED, Bundle.text(locale, "api.unauthorized")).toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Vakwijzer\", charset=\"UTF-8\"")
        .build();
  }

  private static String[] decode(String token) {
    try {
      String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon < 1 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
