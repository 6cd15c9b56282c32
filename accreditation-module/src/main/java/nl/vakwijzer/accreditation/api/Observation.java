package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * A line of the visit's observation form, generated from the claimed behaviour examples; {@code
 * result} is {@code null} until observed.
 */
public record Observation(
    ItemId competency, ItemId behaviourExample, ObservationResult result, String note, AccountId observedBy, Instant observedAt) {}
