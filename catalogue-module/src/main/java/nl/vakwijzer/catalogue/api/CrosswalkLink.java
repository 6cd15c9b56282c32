package nl.vakwijzer.catalogue.api;

import java.util.UUID;

/**
 * A crosswalk link between items of two frameworks: origin {@code type} destination, where the
 * type is {@link AssociationType#EXACT_MATCH_OF} or {@link AssociationType#IS_RELATED_TO}.
 *
 * <p>{@code declaredBy} is the framework document holding the link; only links of the
 * beheerder's crosswalk ({@link FrameworkEditingService#BEHEER_CROSSWALK_CODE}) are
 * {@code removable}, those shipped with the reference frameworks are read-only.
 */
public record CrosswalkLink(
    UUID id,
    AssociationType type,
    ItemSummary origin,
    ItemSummary destination,
    String notes,
    FrameworkId declaredBy,
    String declaredByCode,
    boolean removable) {}
