package nl.vakwijzer.web.catalogue.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.web.rest.ProblemMappers;
import nl.vakwijzer.web.shared.Bundle;

/**
 * Every error of the CASE endpoints as an {@code imsx_StatusInfo} ({@link CaseStatusInfo}), the
 * shape CASE clients expect; registered only in {@link nl.vakwijzer.web.CaseApplication}, while
 * {@code /api} keeps problem+json. No stack trace leaves the server.
 */
@Provider
public class CaseExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(CaseExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = ProblemMappers.locale(headers);
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      String key = "api.status." + status;
      String description = Bundle.text(locale, key);
      if (description.equals(key)) {
        description = Bundle.text(locale, "api.status.other");
      }
      Response response = CaseStatusInfo.failure(status, "request", CaseStatusInfo.codeMinor(status), description);
      String challenge = web.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
      return challenge == null
          ? response
          : Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
    if (e instanceof UnknownFrameworkException || e instanceof UnknownItemException) {
      CatalogueException unknown = (CatalogueException) e;
      return CaseStatusInfo.failure(
          404, "sourcedId", CaseStatusInfo.UNKNOWN_OBJECT,
          Bundle.text(locale, unknown.messageKey(), unknown.arguments().toArray()));
    }
    if (e instanceof CatalogueException refused) {
      return CaseStatusInfo.failure(
          400, "request", null, Bundle.text(locale, refused.messageKey(), refused.arguments().toArray()));
    }
    LOG.log(Level.SEVERE, "Unexpected error in CASE call", e);
    return CaseStatusInfo.failure(
        500, "request", CaseStatusInfo.SERVER_ERROR, Bundle.text(locale, "api.status.500"));
  }
}
