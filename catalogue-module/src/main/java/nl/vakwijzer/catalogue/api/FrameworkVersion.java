package nl.vakwijzer.catalogue.api;

import java.time.Instant;

/**
 * One framework version as the beheerder's version pages show it: its place in the chain of
 * versions of a code, and the revision that guards it against lost updates.
 *
 * <p>{@code previousVersion} is the version it was copied from ({@code null} for imported and
 * reference versions). {@code revision} grows with every change to the version (an item edit, a
 * status change); {@link FrameworkEditingService#publish} refuses a concept whose revision is no
 * longer the one the beheerder saw. {@code itemCount} counts the items that take part in the
 * version, {@code retiredItemCount} those marked {@link ItemStatus#INGETROKKEN}.
 */
public record FrameworkVersion(
    FrameworkId id,
    String code,
    String title,
    String version,
    FrameworkStatus status,
    boolean reference,
    FrameworkId previousVersion,
    long revision,
    int itemCount,
    int retiredItemCount,
    Instant lastChange,
    Instant createdAt) {

  /** Whether its items may be edited: a concept that is not a reference framework. */
  public boolean editable() {
    return status == FrameworkStatus.CONCEPT && !reference;
  }

  /** Whether it is the beheerder's crosswalk, whose links are edited without versions. */
  public boolean livingCrosswalk() {
    return FrameworkEditingService.BEHEER_CROSSWALK_CODE.equals(code);
  }
}
