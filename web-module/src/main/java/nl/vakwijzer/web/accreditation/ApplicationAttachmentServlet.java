package nl.vakwijzer.web.accreditation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentContent;
import nl.vakwijzer.catalogue.api.AttachmentId;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.provider.AttachmentServlet;
import nl.vakwijzer.web.provider.ProviderActors;

/**
 * Downloads an attachment of an application's module version for the coordinator, the
 * besluitnemer and the application's auditors ({@code ?aanvraag=…&id=…}). Access is the
 * accreditation service's: the application must be visible to the signed-in user (an auditor only
 * after the no-conflict declaration) and the attachment must belong to its version; anything else
 * answers 404.
 */
@WebServlet("/aanvraag/bijlage")
public class ApplicationAttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient AccreditationService accreditation;
  @Inject transient ModuleService modules;
  @Inject transient ProviderActors actors;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<ApplicationId> application = ApplicationId.parse(request.getParameter("aanvraag"));
    Optional<AttachmentId> id = AttachmentId.parse(request.getParameter("id"));
    Optional<Actor> actor = actors.current();
    if (application.isEmpty() || id.isEmpty() || actor.isEmpty() || actor.get().hasRole(Role.AANBIEDER)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentContent attachment;
    try {
      ApplicationView a = accreditation.application(actor.get(), application.get());
      boolean auditorOnly = !actor.get().hasRole(Role.BEHEERDER) && !actor.get().hasRole(Role.BESLUITNEMER);
      boolean declared = a.assignments().stream()
          .anyMatch(x -> x.auditor().equals(actor.get().account()) && x.status() == AssignmentStatus.CONFIRMED);
      boolean ofVersion = modules.version(ApplicationPage.SYSTEM, a.version()).attachments().stream()
          .anyMatch(s -> s.id().equals(id.get()));
      if ((auditorOnly && !declared) || !ofVersion) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      attachment = modules.attachment(ApplicationPage.SYSTEM, id.get());
    } catch (AccreditationException | CatalogueException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(attachment.summary().mediaType());
    response.setContentLength(attachment.content().length);
    response.setHeader("Content-Disposition", AttachmentServlet.contentDisposition(attachment.summary().fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(attachment.content());
  }
}
