package nl.vakwijzer.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The user's language: Dutch unless they switch to English. Kept for the session; switched by a
 * {@code ?lang=} link (see {@link LanguageFilter}), so it works on every page, error pages too.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale = Bundle.DUTCH;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Uses "nl" or "en"; anything else means Dutch. */
  public void use(String language) {
    locale = Bundle.supported(Locale.forLanguageTag(language == null ? "nl" : language));
  }

  /** The current page's address (the requested one on error pages) with {@code lang} set. */
  public String linkFor(String language) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
    Object query = errorUri != null ? request.getAttribute("jakarta.servlet.error.query_string") : request.getQueryString();
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.toString().split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
    return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + enc(language);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
