package nl.vakwijzer.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A training provider registering itself: the organisation, its profile and its first user, who
 * becomes the organisation admin. The password is given once; only its hash is kept.
 */
public record ProviderRegistration(
    @NotBlank(message = "{catalogue.organisation.name.required}")
        @Size(max = 200, message = "{catalogue.organisation.name.size}")
        String organisationName,
    @NotNull @Valid ProviderProfile profile,
    @NotBlank(message = "{catalogue.account.displayName.required}")
        @Size(max = 200, message = "{catalogue.account.displayName.size}")
        String displayName,
    @NotBlank(message = "{catalogue.account.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,80}", message = "{catalogue.account.username.pattern}")
        String username,
    @NotBlank(message = "{catalogue.account.email.required}")
        @Email(message = "{catalogue.account.email.invalid}")
        @Size(max = 254, message = "{catalogue.account.email.invalid}")
        String email,
    @NotBlank(message = "{catalogue.account.password.required}") String password) {

  @Override
  public String toString() {
    return "ProviderRegistration[" + organisationName + ", " + username + "]"; // never the password
  }
}
