package nl.vakwijzer.catalogue.api;

/**
 * An item equivalent or related to another, labelled with the relation.
 *
 * <p>{@code relation} is {@link AssociationType#EXACT_MATCH_OF} or
 * {@link AssociationType#IS_RELATED_TO}; {@code distance} is the number of association hops
 * between the two items (1 = linked directly).
 */
public record RelatedItem(ItemSummary item, AssociationType relation, int distance) {}
