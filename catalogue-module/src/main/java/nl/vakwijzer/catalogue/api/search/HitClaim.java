package nl.vakwijzer.catalogue.api.search;

import nl.vakwijzer.catalogue.api.ItemId;

/**
 * An accepted claim of a found module at its accepted levels. Level names come from the
 * competency's own scale; {@code null} when the scale has no level items (the web module then uses
 * Basis/Vakbekwaam/Vakvolwassen by ordinal).
 */
public record HitClaim(
    ItemId competency, String competencyCode, String competencyName,
    int fromLevel, String fromLevelName, int toLevel, String toLevelName) {}
