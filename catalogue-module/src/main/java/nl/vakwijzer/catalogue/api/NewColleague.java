package nl.vakwijzer.catalogue.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organisation admin's invitation of a colleague: who, and where to send the link. */
public record NewColleague(
    @NotBlank(message = "{catalogue.account.displayName.required}")
        @Size(max = 200, message = "{catalogue.account.displayName.size}")
        String displayName,
    @NotBlank(message = "{catalogue.account.email.required}")
        @Email(message = "{catalogue.account.email.invalid}")
        @Size(max = 254, message = "{catalogue.account.email.invalid}")
        String email) {}
