package nl.vakwijzer.web.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: what every REST error returns, with a Dutch (or English, by
 * Accept-Language) {@code detail} and, for validation errors, one entry per field.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** A problem with one field or JSON path. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
