package nl.vakwijzer.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Role;

/** Who is signed in for this request, for pages and menus. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject SecurityContext securityContext;
  @Inject AccountService accounts;

  private Optional<AccountSummary> account;

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean hasRole(String role) {
    return isLoggedIn() && securityContext.isCallerInRole(role);
  }

  /** The signed-in account, read once per request. */
  public Optional<AccountSummary> account() {
    if (account == null) {
      account = isLoggedIn() ? accounts.findByUsername(getUsername()) : Optional.empty();
    }
    return account;
  }

  public AccountSummary getAccount() {
    return account().orElse(null);
  }

  /** The start page for the signed-in user's first role; the public home page otherwise. */
  public String homePage() {
    for (Role role : Role.values()) {
      if (hasRole(role.name())) {
        return "/" + WorkspacePaths.folderOf(role) + "/index.xhtml";
      }
    }
    return "/index.xhtml";
  }
}
