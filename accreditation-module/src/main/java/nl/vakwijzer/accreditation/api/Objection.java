package nl.vakwijzer.accreditation.api;

import java.time.Instant;

/**
 * The provider's objection (bezwaar) against the decision; {@code outcome} is {@code null} while it
 * is being handled. {@code priorState} is the decided state the objection is against.
 */
public record Objection(
    String grounds, Instant lodgedAt, ApplicationState priorState, ObjectionOutcome outcome, String motivation) {}
