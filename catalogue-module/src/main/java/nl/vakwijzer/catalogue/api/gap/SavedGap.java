package nl.vakwijzer.catalogue.api.gap;

import java.time.Instant;

/** A saved gap: the municipality follows it and is alerted when a new module ranks in its top 10. */
public record SavedGap(SavedGapId id, String name, GapQuery query, Instant savedAt) {}
