package nl.vakwijzer.catalogue.api.search;

/**
 * One value of a facet with the number of results it would give (with every other facet's filters
 * applied). {@code value} is what a filter takes (an item id, ordinal, region code or enum name);
 * {@code label} a name from the data (competency "SV.C4 Probleemanalyse", region "Overijssel") or
 * empty when the web module names it from the value.
 */
public record FacetValue(String value, String label, long count) {}
