package nl.vakwijzer.web.accreditation;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.web.shared.FacesMessages;

/** Small helpers shared by the accreditation pages. */
final class Pages {
  private Pages() {}

  /** Answers 404 (unknown or foreign ids look the same) and ends the response. */
  static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** The service's refusal as a Dutch (or English) message on the page. */
  static void error(FacesMessages messages, AccreditationException e) {
    messages.error(e.messageKey(), e.arguments().toArray());
  }
}
