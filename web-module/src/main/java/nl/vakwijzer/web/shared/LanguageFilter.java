package nl.vakwijzer.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a {@code ?lang=nl|en} switch to the session's {@link LocaleSelector}. Reads the query
 * string only, never the request body, so it cannot disturb Faces' form decoding.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Pattern LANG = Pattern.compile("(?:^|&)lang=(nl|en)(?:&|$)");

  @Inject LocaleSelector localeSelector;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    if (query != null) {
      Matcher m = LANG.matcher(query);
      if (m.find()) {
        localeSelector.use(m.group(1));
      }
    }
    chain.doFilter(request, response);
  }
}
