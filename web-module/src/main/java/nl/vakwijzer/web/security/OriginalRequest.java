package nl.vakwijzer.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;

/**
 * The page an anonymous visitor asked for before the login page. Jakarta Security's
 * LoginToContinue saves it, but returns to it only for container-initiated logins; a login form
 * that calls {@code SecurityContext.authenticate} must do so itself. Soteria (Payara's
 * implementation) keeps it in the session; anything unexpected simply yields empty, and only a
 * GET path inside this application is ever returned (no open redirect).
 */
final class OriginalRequest {
  static final String SOTERIA_ATTRIBUTE = "org.glassfish.soteria.original.request";

  private OriginalRequest() {}

  /** Read it before authenticating: a new authentication clears it. */
  static Optional<String> peek(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object data = session == null ? null : session.getAttribute(SOTERIA_ATTRIBUTE);
    if (data == null) {
      return Optional.empty();
    }
    try {
      String method = (String) data.getClass().getMethod("getMethod").invoke(data);
      String url = (String) data.getClass().getMethod("getFullRequestURL").invoke(data);
      URI uri = URI.create(url);
      String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      String context = request.getContextPath();
      if ("GET".equals(method) && path.startsWith(context + "/") && !path.startsWith("//")) {
        return Optional.of(path.substring(context.length()));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // unknown shape: fall back to the start page
    }
    return Optional.empty();
  }
}
