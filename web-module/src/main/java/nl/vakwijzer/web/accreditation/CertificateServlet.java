package nl.vakwijzer.web.accreditation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.Certificate;
import nl.vakwijzer.accreditation.api.CertificateNotAvailableException;
import nl.vakwijzer.accreditation.api.CertificateService;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.web.provider.AttachmentServlet;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.shared.Bundle;

/**
 * The certificate PDF of an application ({@code /certificaat?aanvraag=…}; signed-in roles only, see
 * web.xml): for the provider that owns it, the coordinator, besluitnemers and the application's
 * auditors (the accreditation service's access rule). Another provider's, an unknown or a
 * malformed id answers 404; an application without an accreditation a Dutch page (409).
 */
@WebServlet("/certificaat")
public class CertificateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient CertificateService certificates;
  @Inject transient CertificateDocument document;
  @Inject transient ProviderActors actors;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<ApplicationId> id = ApplicationId.parse(request.getParameter("aanvraag"));
    Optional<Actor> actor = actors.current();
    if (id.isEmpty() || actor.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Certificate certificate;
    try {
      certificate = certificates.certificate(actor.get(), id.get());
    } catch (CertificateNotAvailableException e) {
      notAvailable(request, response);
      return;
    } catch (AccreditationException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String requestBase = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
    byte[] pdf = document.pdf(certificate, document.verificationUrl(certificate.code(), requestBase), Bundle.DUTCH);
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader("Content-Disposition", AttachmentServlet.contentDisposition(CertificateDocument.fileName(certificate)));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(pdf);
  }

  /** A plain Dutch page: there is no certificate before an accreditation was decided. */
  private static void notAvailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String title = Bundle.text(Bundle.DUTCH, "accreditation.certificate.unavailableTitle");
    String text = Bundle.text(Bundle.DUTCH, CertificateNotAvailableException.KEY);
    String back = Bundle.text(Bundle.DUTCH, "accreditation.certificate.back");
    String html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>" + escape(title) + "</title></head>"
        + "<body><main><h1>" + escape(title) + "</h1><p id=\"certificateMessage\">" + escape(text) + "</p>"
        + "<p><a href=\"" + escape(request.getContextPath() + "/") + "\">" + escape(back) + "</a></p></main></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
