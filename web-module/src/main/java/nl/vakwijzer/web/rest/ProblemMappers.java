package nl.vakwijzer.web.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.CaseValidationException;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.DuplicateOrganisationException;
import nl.vakwijzer.catalogue.api.DuplicateUsernameException;
import nl.vakwijzer.catalogue.api.UnknownAccountException;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.catalogue.api.ConcurrentModuleChangeException;
import nl.vakwijzer.catalogue.api.ModuleNotEditableException;
import nl.vakwijzer.catalogue.api.SubmissionRefusedException;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.Problem;

/** Every REST error becomes a problem+json document; no stack trace ever leaves the server. */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** The caller's language from Accept-Language: English when asked for, Dutch otherwise. */
  public static Locale locale(HttpHeaders headers) {
    return headers == null || headers.getAcceptableLanguages().isEmpty()
        ? Bundle.DUTCH
        : Bundle.supported(headers.getAcceptableLanguages().get(0));
  }

  /**
   * Business rule violations of the catalogue module: 404 for unknown ids, 409 for duplicates, 400
   * else. A refused CASE package lists every problem in {@code errors}, each with its JSON path as
   * {@code field}; a package over the size limit is 413.
   */
  @Provider
  public static class CatalogueExceptionMapper implements ExceptionMapper<CatalogueException> {
    /** The key of a CASE package over the limit (CaseMessageKeys.FILE_TOO_LARGE). */
    static final String CASE_FILE_TOO_LARGE = "catalogue.case.file.tooLarge";

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(CatalogueException e) {
      Locale locale = locale(headers);
      if (e instanceof CaseValidationException invalid) {
        return refusedPackage(invalid, locale);
      }
      if (e instanceof SubmissionRefusedException refused) {
        return refusedSubmission(refused, locale);
      }
      if (e instanceof ConcurrentModuleChangeException || e instanceof ModuleNotEditableException) {
        return Problem.of(Response.Status.CONFLICT, Bundle.text(locale, e.messageKey(), e.arguments().toArray()))
            .toResponse();
      }
      Response.Status status =
          e instanceof UnknownOrganisationException
                  || e instanceof UnknownAccountException
                  || e instanceof UnknownFrameworkException
                  || e instanceof UnknownItemException
                  || e instanceof UnknownModuleException
                  || e instanceof nl.vakwijzer.catalogue.api.gap.UnknownGapDataException
              ? Response.Status.NOT_FOUND
              : e instanceof DuplicateUsernameException || e instanceof DuplicateOrganisationException
                  ? Response.Status.CONFLICT
                  : Response.Status.BAD_REQUEST;
      return Problem.of(status, Bundle.text(locale, e.messageKey(), e.arguments().toArray()))
          .toResponse();
    }

    /** 422 with one entry per error and per unexplained warning, keyed by the finding id. */
    private static Response refusedSubmission(SubmissionRefusedException e, Locale locale) {
      List<Problem.FieldError> errors =
          e.report().findings().stream()
              .map(f -> new Problem.FieldError(f.id(), Bundle.text(locale, f.messageKey(), f.arguments().toArray())))
              .toList();
      return new Problem(
              "about:blank",
              "Unprocessable Content",
              422,
              Bundle.text(locale, e.messageKey(), e.arguments().toArray()),
              errors)
          .toResponse();
    }

    private static Response refusedPackage(CaseValidationException e, Locale locale) {
      var tooLarge =
          e.errors().stream().filter(error -> error.messageKey().equals(CASE_FILE_TOO_LARGE)).findFirst();
      if (tooLarge.isPresent()) {
        return Problem.of(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                Bundle.text(locale, CASE_FILE_TOO_LARGE, tooLarge.get().arguments().toArray()))
            .toResponse();
      }
      List<Problem.FieldError> errors =
          e.errors().stream()
              .map(error -> new Problem.FieldError(
                  error.path(), Bundle.text(locale, error.messageKey(), error.arguments().toArray())))
              .toList();
      return new Problem(
              "about:blank",
              Response.Status.BAD_REQUEST.getReasonPhrase(),
              400,
              Bundle.text(locale, e.messageKey(), e.arguments().toArray()),
              errors)
          .toResponse();
    }
  }

  /** Refused query or path parameters (400) or body fields (422), with one entry per parameter. */
  @Provider
  public static class InvalidParametersMapper implements ExceptionMapper<InvalidParametersException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(InvalidParametersException e) {
      Locale locale = locale(headers);
      List<Problem.FieldError> errors =
          e.invalid().stream()
              .map(i -> new Problem.FieldError(i.parameter(), Bundle.text(locale, i.messageKey(), i.arguments().toArray())))
              .toList();
      String title = e.status() == 400 ? "Bad Request" : "Unprocessable Content";
      return new Problem("about:blank", title, e.status(), Bundle.text(locale, "api.validation"), errors)
          .toResponse();
    }
  }

  /** Bean Validation failures: 400 with one entry per field. */
  @Provider
  public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      Locale locale = locale(headers);
      var errors =
          e.getConstraintViolations().stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> new Problem.FieldError(field(v), Bundle.violation(locale, v)))
              .toList();
      return new Problem(
              "about:blank",
              "Bad Request",
              400,
              Bundle.text(locale, "api.validation"),
              errors)
          .toResponse();
    }

    private static String field(ConstraintViolation<?> violation) {
      String path = violation.getPropertyPath().toString();
      int dot = path.indexOf('.'); // drop the method name: "create.arg0.name" -> "arg0.name"
      return dot < 0 ? path : path.substring(dot + 1);
    }
  }

  /**
   * Refusals of the accreditation module: 404 for an unknown (or invisible) application, 403 when the
   * caller may not act on it, 409 for a stale revision or the wrong state, 422 for a broken rule.
   * Arguments that are message keys (a state's name) are put into words.
   */
  @Provider
  public static class AccreditationExceptionMapper
      implements ExceptionMapper<nl.vakwijzer.accreditation.api.AccreditationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(nl.vakwijzer.accreditation.api.AccreditationException e) {
      Locale locale = locale(headers);
      Object[] arguments = e.arguments().stream()
          .map(a -> a instanceof String text && text.startsWith("accreditation.") ? Bundle.text(locale, text) : a)
          .toArray();
      Response.Status status = e instanceof nl.vakwijzer.accreditation.api.UnknownApplicationException
              || e instanceof nl.vakwijzer.accreditation.api.UnknownAuditorException
              || e instanceof nl.vakwijzer.accreditation.api.UnknownAssessmentFrameworkException
          ? Response.Status.NOT_FOUND
          : e instanceof nl.vakwijzer.accreditation.api.ApplicationAccessException
              ? Response.Status.FORBIDDEN
              : e instanceof nl.vakwijzer.accreditation.api.ConcurrentApplicationChangeException
                  || e instanceof nl.vakwijzer.accreditation.api.ApplicationStateException
                  ? Response.Status.CONFLICT
                  : null;
      if (status == null) {
        return Response.status(422).type(Problem.MEDIA_TYPE)
            .entity(new Problem("about:blank", "Unprocessable Content", 422, Bundle.text(locale, e.messageKey(), arguments), List.of()))
            .build();
      }
      return Problem.of(status, Bundle.text(locale, e.messageKey(), arguments)).toResponse();
    }
  }

  /** JAX-RS's own errors (404 unknown path, 405, 415, 401, 403 …) with a problem body. */
  @Provider
  public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      Response.Status known = Response.Status.fromStatusCode(status);
      String key = "api.status." + status;
      String detail = Bundle.text(locale(headers), key);
      if (detail.equals(key)) {
        detail = Bundle.text(locale(headers), "api.status.other");
      }
      Response.ResponseBuilder builder =
          Response.status(status)
              .type(Problem.MEDIA_TYPE)
              .entity(
                  new Problem(
                      "about:blank",
                      known == null ? "Error" : known.getReasonPhrase(),
                      status,
                      detail,
                      List.of()));
      String challenge = e.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
      if (challenge != null) {
        builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
      }
      return builder.build();
    }
  }

  /** Anything unexpected: logged with its stack trace here, a plain 500 problem for the caller. */
  @Provider
  public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
      LOG.log(Level.SEVERE, "Unexpected error in REST call", e);
      return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, Bundle.text(locale(headers), "api.status.500"))
          .toResponse();
    }
  }
}
