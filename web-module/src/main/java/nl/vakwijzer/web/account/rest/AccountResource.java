package nl.vakwijzer.web.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The authenticated caller's own account. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The caller's own account")
public class AccountResource {
  @Inject Caller caller;
  @Inject AccountService accounts;

  /** The caller as the API shows it. */
  public record MeResponse(
      String username, String displayName, List<String> roles, String organisationId, String organisationName) {
    static MeResponse of(AccountSummary a) {
      return new MeResponse(
          a.username(),
          a.displayName(),
          a.roles().stream().map(Role::name).sorted().toList(),
          a.organisation().map(o -> o.id().toString()).orElse(null),
          a.organisation().map(o -> o.name()).orElse(null));
    }
  }

  @GET
  @Operation(summary = "The authenticated caller: username, roles and organisation")
  @SecurityRequirement(name = "basic")
  public MeResponse me() {
    String username = caller.require();
    return accounts
        .findByUsername(username)
        .map(MeResponse::of)
        .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Vakwijzer\""));
  }
}
