package nl.vakwijzer.web.provider;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentContent;
import nl.vakwijzer.catalogue.api.AttachmentId;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.UnknownModuleException;

/**
 * Downloads an attachment of one of the provider's own module versions ({@code ?id=}). Another
 * organisation's attachment answers 404, like one that does not exist. The stored media type (found
 * in the content at upload) is sent, always as a download, never rendered inline.
 */
@WebServlet("/aanbieder/bijlage")
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ModuleService modules;
  @Inject transient ProviderActors actors;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<AttachmentId> id = AttachmentId.parse(request.getParameter("id"));
    Optional<Actor> actor = actors.current();
    if (id.isEmpty() || actor.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentContent attachment;
    try {
      attachment = modules.attachment(actor.get(), id.get());
    } catch (UnknownModuleException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(attachment.summary().mediaType());
    response.setContentLength(attachment.content().length);
    response.setHeader("Content-Disposition", contentDisposition(attachment.summary().fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(attachment.content());
  }

  /** RFC 6266 attachment with an ASCII fallback and the UTF-8 name. */
  public static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
