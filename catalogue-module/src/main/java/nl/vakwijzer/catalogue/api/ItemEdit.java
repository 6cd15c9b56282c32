package nl.vakwijzer.catalogue.api;

/**
 * New texts for an item of a concept version: the full statement (required), the short name and
 * the notes (both optional; blank removes them). The code and the type of an item do not change;
 * retire it and add another instead.
 */
public record ItemEdit(String fullStatement, String abbreviatedStatement, String notes) {}
