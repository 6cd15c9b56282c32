package nl.vakwijzer.catalogue.api;

/**
 * A region a provider serves: a province or {@code LANDELIJK} (nationwide). The list is data
 * (table {@code catalogue.region}), so it can move to the 35 arbeidsmarktregio's by migration.
 */
public record Region(String code, String name) {}
