package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AccountId;

/** An audit-trail line not yet stored: who ({@code null} = the system), when, what, details. */
public record AuditRecord(Instant at, AccountId actor, String action, Map<String, Object> details) {
  public String detailsJson() {
    return Json.write(details);
  }
}
