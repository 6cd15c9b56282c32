package nl.vakwijzer.catalogue.api;

import java.util.UUID;

/**
 * One association seen from an item: its type, the item at the other end and the framework that
 * declares it (a crosswalk declares links between items of other frameworks).
 *
 * <p>{@code sequenceNumber} orders siblings of an {@link AssociationType#IS_CHILD_OF} link and is
 * {@code null} for most other types; {@code notes} give the reason for a crosswalk link.
 */
public record ItemLink(
    UUID associationId,
    AssociationType type,
    ItemSummary other,
    Integer sequenceNumber,
    String notes,
    FrameworkId declaredBy) {}
