package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vakwijzer.catalogue.api.ItemId;

/** One line of the visit's observation form filled in: a claimed behaviour example, seen or not. */
public record ObservationEntry(
    @NotNull ItemId competency,
    @NotNull ItemId behaviourExample,
    @NotNull ObservationResult result,
    @Size(max = 4000, message = "{accreditation.input.tooLong}") String note) {
  public ObservationEntry {
    note = note == null ? "" : note.strip();
  }
}
