package nl.vakwijzer.catalogue.domain;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AssociationType;

/**
 * A CFAssociation of a CASE package: origin → destination with a type.
 *
 * <p>{@code index} is its 0-based place in {@code CFAssociations}; {@code typeName} is the
 * {@code associationType} as written, {@code type} the model's type for it ({@code null} when
 * unknown).
 */
public record CaseAssociation(
    int index,
    UUID identifier,
    String uri,
    String typeName,
    AssociationType type,
    CaseNodeRef origin,
    CaseNodeRef destination,
    Integer sequenceNumber,
    String notes,
    OffsetDateTime lastChange) {

  /** JSON path of this association in the package. */
  public String path() {
    return "$.CFAssociations[" + index + "]";
  }

  public UUID originId() {
    return origin == null ? null : origin.identifier();
  }

  public UUID destinationId() {
    return destination == null ? null : destination.identifier();
  }
}
