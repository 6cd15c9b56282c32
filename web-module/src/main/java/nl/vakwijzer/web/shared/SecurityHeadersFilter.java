package nl.vakwijzer.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response, error pages included.
 *
 * <p>Every response starts with the strict policy below. Faces pages replace it with PrimeFaces'
 * policy ({@code primefaces.CSP_POLICY} in web.xml: the same directives plus a per-request script
 * nonce). PrimeFaces <em>adds</em> its header; the wrapper turns that into a replacement, because
 * two policies would both be enforced and the strict one would block the nonce'd scripts.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String CSP = "Content-Security-Policy";

  static final String POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'; script-src 'self'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader(CSP, POLICY);
    chain.doFilter(request, new SinglePolicyResponse(response));
  }

  /** Keeps exactly one Content-Security-Policy header: a later one replaces the earlier. */
  static final class SinglePolicyResponse extends HttpServletResponseWrapper {
    SinglePolicyResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
