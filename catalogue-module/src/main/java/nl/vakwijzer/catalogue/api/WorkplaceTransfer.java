package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * How the module carries learning over to the participant's own work: assignments done in the
 * workplace, and a follow-up meeting some weeks after the last meeting ({@code 0} = none).
 */
public record WorkplaceTransfer(List<String> assignments, int followUpAfterWeeks) {
  /** No transfer at all. */
  public static final WorkplaceTransfer NONE = new WorkplaceTransfer(List.of(), 0);

  public WorkplaceTransfer {
    assignments = Texts.copy(assignments);
    if (followUpAfterWeeks < 0) {
      throw new IllegalArgumentException("followUpAfterWeeks must not be negative");
    }
  }

  /** Whether there is a follow-up meeting. */
  public boolean hasFollowUp() {
    return followUpAfterWeeks > 0;
  }

  /** Whether anything is planned: a non-blank assignment or a follow-up meeting. */
  public boolean isPresent() {
    return hasFollowUp() || assignments.stream().anyMatch(a -> !a.isBlank());
  }
}
