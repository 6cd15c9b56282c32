package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.AccountId;

/**
 * One line of an application's audit trail: who ({@code actor}, {@code null} for the system's
 * timed work), when, what ({@code action}, e.g. {@code STATE_CHANGED}, {@code CRITERION_SCORED})
 * and the details as a JSON object. The trail is append-only in the database.
 */
public record AuditEntry(long sequence, ApplicationId application, Instant at, AccountId actor, String action, String detailsJson) {

  /** The columns of {@link #csvRow()}, for an export. */
  public static final String CSV_HEADER = "sequence;application;at;actor;action;details";

  /** This entry as one semicolon-separated, quoted CSV line (export-ready). */
  public String csvRow() {
    return sequence + ";" + application + ";" + at + ";" + (actor == null ? "" : actor) + ";" + action + ";"
        + "\"" + detailsJson.replace("\"", "\"\"") + "\"";
  }
}
