package nl.vakwijzer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.Role;

/** Validates usernames and passwords against the catalogue module's accounts. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  @Inject AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .verifyCredentials(login.getCaller(), login.getPasswordAsString())
        .map(
            account ->
                new CredentialValidationResult(
                    account.username(),
                    account.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
