package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A condition attached to an accreditation, with the date by which it must be met. */
public record ConditionRequest(
    @NotBlank @Size(max = 2000, message = "{accreditation.input.tooLong}") String description,
    @NotNull LocalDate deadline) {}
