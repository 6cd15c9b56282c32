package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A beheerder's new or changed criterion in a concept framework version (code identifies it). */
public record CriterionEdit(
    @NotBlank(message = "{accreditation.criterion.code.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}", message = "{accreditation.criterion.code.pattern}")
        String code,
    @NotNull(message = "{accreditation.criterion.group.required}") CriterionGroup group,
    @NotBlank(message = "{accreditation.criterion.title.required}")
        @Size(max = 200, message = "{accreditation.criterion.title.size}")
        String title,
    @NotNull @Size(max = 4000, message = "{accreditation.input.tooLong}") String description,
    @NotNull @Size(max = 4000, message = "{accreditation.input.tooLong}") String guidance,
    boolean knockOut) {}
