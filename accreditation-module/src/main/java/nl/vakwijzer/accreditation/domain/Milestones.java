package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.util.Set;

/**
 * When an application first passed the steps the service levels and lead times measure, read from
 * its append-only audit trail ({@code STATE_CHANGED} entries): the intake decision (leaving
 * INGEDIEND), the file opening (first IN_BEOORDELING), the advice (first BESLUIT) and the first
 * decision (first leaving BESLUIT); {@code null} when not (yet) reached. {@code exceededStages}:
 * the service-level stages for which "termijn overschreden" was recorded already.
 */
public record Milestones(Instant intakeDecided, Instant fileOpened, Instant advised, Instant decided, Set<String> exceededStages) {
  /** The audit action of an exceeded service level, recorded once per application and stage. */
  public static final String SERVICE_LEVEL_EXCEEDED = "SERVICE_LEVEL_EXCEEDED";

  public static final Milestones NONE = new Milestones(null, null, null, null, Set.of());

  public Milestones {
    exceededStages = Set.copyOf(exceededStages);
  }
}
