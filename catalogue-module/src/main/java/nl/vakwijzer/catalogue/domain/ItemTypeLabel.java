package nl.vakwijzer.catalogue.domain;

import nl.vakwijzer.catalogue.api.ItemType;

/** The stored labels of an item type (reference data of the {@code item_type} table). */
public record ItemTypeLabel(ItemType type, String labelNl, String labelEn) {}
