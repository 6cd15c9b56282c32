package nl.vakwijzer.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is HttpOnly and SameSite=Strict always, and Secure when Vakwijzer is served
 * over HTTPS ({@code vakwijzer.https=true}).
 */
@WebListener
public class SessionCookieConfigurer implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Strict");
    boolean https =
        ConfigProvider.getConfig()
            .getOptionalValue("vakwijzer.https", Boolean.class)
            .orElse(Boolean.FALSE);
    cookie.setSecure(https);
  }
}
