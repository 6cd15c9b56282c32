package nl.vakwijzer.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends the session and returns to the public home page. */
@Named
@RequestScoped
public class LogoutView {
  @Inject FacesContext facesContext;

  public void logout() throws ServletException, IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml?uitgelogd=true");
    facesContext.responseComplete();
  }
}
