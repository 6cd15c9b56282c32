package nl.vakwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import nl.vakwijzer.catalogue.api.CatalogueException;

/** Adds bundle-based messages to the page: global ones to the growl, field ones to the field. */
@RequestScoped
public class FacesMessages {
  @Inject FacesContext facesContext;

  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** An error shown next to the component with the given client id. */
  public void errorFor(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** One message per Bean Validation violation, in the user's language (see {@link Bundle#violation}). */
  public void error(ConstraintViolationException e) {
    e.getConstraintViolations().stream()
        .map(v -> Bundle.violation(facesContext.getViewRoot().getLocale(), v))
        .distinct()
        .sorted()
        .forEach(text -> facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
    facesContext.validationFailed();
  }

  /** One Bean Validation violation, next to the component with the given client id. */
  public void violationFor(String clientId, jakarta.validation.ConstraintViolation<?> violation) {
    String text = Bundle.violation(facesContext.getViewRoot().getLocale(), violation);
    facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    facesContext.validationFailed();
  }

  public void error(CatalogueException e) {
    add(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
  }

  private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = Bundle.text(facesContext.getViewRoot().getLocale(), key, arguments);
    facesContext.addMessage(clientId, new FacesMessage(severity, text, null));
    if (severity == FacesMessage.SEVERITY_ERROR) {
      facesContext.validationFailed(); // keeps dialogs open and tells PrimeFaces callbacks
    }
  }
}
