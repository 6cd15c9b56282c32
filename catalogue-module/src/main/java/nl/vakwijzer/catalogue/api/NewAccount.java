package nl.vakwijzer.catalogue.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A request to create an account. The password is given once and only its PBKDF2 hash is kept.
 *
 * @param organisationId required for roles that belong to an organisation (see {@link Role})
 */
public record NewAccount(
    @NotBlank(message = "{catalogue.account.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,80}", message = "{catalogue.account.username.pattern}")
        String username,
    @NotBlank(message = "{catalogue.account.displayName.required}")
        @Size(max = 200, message = "{catalogue.account.displayName.size}")
        String displayName,
    @NotBlank(message = "{catalogue.account.email.required}")
        @Email(message = "{catalogue.account.email.invalid}")
        @Size(max = 254, message = "{catalogue.account.email.invalid}")
        String email,
    @NotEmpty(message = "{catalogue.account.roles.required}") Set<Role> roles,
    OrganisationId organisationId,
    @NotBlank(message = "{catalogue.account.password.required}") String password) {

  @Override
  public String toString() {
    return "NewAccount[" + username + ", " + roles + "]"; // never print the password
  }
}
