package nl.vakwijzer.web.catalogue.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Errors of the CASE endpoints as the 1EdTech CASE 1.1 REST binding returns them: an
 * {@code imsx_StatusInfo} JSON object ({@code imsx_codeMajor} failure, {@code imsx_severity} error,
 * {@code imsx_description} in the caller's language, and where one fits an
 * {@code imsx_codeMinor} such as {@code unknownobject} or {@code invalid_uuid}), with the HTTP
 * status the binding gives that code. CASE clients parse this shape, not problem+json.
 */
final class CaseStatusInfo {
  static final String UNKNOWN_OBJECT = "unknownobject";
  static final String INVALID_UUID = "invalid_uuid";
  static final String UNAUTHORISED = "unauthorised_request";
  static final String FORBIDDEN = "forbidden";
  static final String SERVER_ERROR = "internal_server_error";

  private CaseStatusInfo() {}

  /**
   * A failure response.
   *
   * @param field what the code minor is about (e.g. {@code sourcedId})
   * @param codeMinor one of the binding's imsx_codeMinorFieldValue values, or {@code null}
   */
  static Response failure(int status, String field, String codeMinor, String description) {
    JsonObjectBuilder info =
        Json.createObjectBuilder()
            .add("imsx_codeMajor", "failure")
            .add("imsx_severity", "error")
            .add("imsx_description", description);
    if (codeMinor != null) {
      info.add(
          "imsx_codeMinor",
          Json.createObjectBuilder()
              .add(
                  "imsx_codeMinorField",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("imsx_codeMinorFieldName", field)
                              .add("imsx_codeMinorFieldValue", codeMinor))));
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(info.build()).build();
  }

  /** The binding's code minor for an HTTP status, or {@code null} when it has none. */
  static String codeMinor(int status) {
    return switch (status) {
      case 401 -> UNAUTHORISED;
      case 403 -> FORBIDDEN;
      case 404 -> UNKNOWN_OBJECT;
      case 500 -> SERVER_ERROR;
      default -> null;
    };
  }
}
