package nl.vakwijzer.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Dutch unless they switch to English. Kept for the session. */
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

  /** Switches to "nl" or "en"; anything else means Dutch. */
  public void switchTo(String language) {
    locale = Bundle.supported(Locale.forLanguageTag(language == null ? "nl" : language));
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
