package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.AuthenticatedAccount;
import nl.vakwijzer.catalogue.api.DuplicateUsernameException;
import nl.vakwijzer.catalogue.api.InvalidAccountException;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.PasswordPolicy;
import nl.vakwijzer.catalogue.api.PasswordPolicyException;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownAccountException;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.api.WrongPasswordException;
import nl.vakwijzer.catalogue.api.event.AccountCreated;
import nl.vakwijzer.catalogue.domain.Account;
import nl.vakwijzer.catalogue.domain.AccountRepository;
import nl.vakwijzer.catalogue.domain.Organisation;
import nl.vakwijzer.catalogue.domain.OrganisationRepository;

@ApplicationScoped
@Transactional
// Makes Hibernate Validator's CDI extension see this bean: it only intercepts types that carry a
// validation annotation, and the constraints themselves are declared on the api interface.
@ValidateOnExecution
class DefaultAccountService implements AccountService {
  @Inject AccountRepository accounts;
  @Inject OrganisationRepository organisations;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject Event<AccountCreated> accountCreated;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AuthenticatedAccount> verifyCredentials(String username, String password) {
    if (password == null || password.isEmpty() || password.length() > PasswordPolicy.MAX_LENGTH) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.findByUsername(Account.normaliseUsername(username));
    if (account.isEmpty() || !account.get().active()) {
      hasher.verifyDummy(password);
      return Optional.empty();
    }
    Account a = account.get();
    if (!hasher.verify(password, a.passwordHash())) {
      return Optional.empty();
    }
    return Optional.of(new AuthenticatedAccount(a.id(), a.username(), a.roles()));
  }

  @Override
  public AccountSummary create(NewAccount request) {
    String username = Account.normaliseUsername(request.username());
    if (accounts.findByUsername(username).isPresent()) {
      throw new DuplicateUsernameException(username);
    }
    PasswordPolicy.violation(username, request.password())
        .ifPresent(key -> { throw new PasswordPolicyException(key); });
    Organisation organisation = null;
    if (request.organisationId() != null) {
      organisation =
          organisations
              .find(request.organisationId().value())
              .orElseThrow(() -> new UnknownOrganisationException(request.organisationId()));
    }
    for (Role role : request.roles()) {
      Optional<nl.vakwijzer.catalogue.api.OrganisationType> required = role.requiredOrganisationType();
      if (required.isPresent() && (organisation == null || organisation.type() != required.get())) {
        throw new InvalidAccountException(
            "catalogue.account.organisation.mismatch", role.name(), required.get().name());
      }
    }
    Account account =
        new Account(
            username,
            request.displayName(),
            request.email(),
            hasher.hash(request.password()),
            request.roles(),
            organisation,
            clock.instant());
    accounts.add(account);
    accountCreated.fire(new AccountCreated(account.id(), username, account.roles(), clock.instant()));
    return account.toSummary();
  }

  @Override
  public void changePassword(String username, String currentPassword, String newPassword) {
    Account account =
        accounts
            .findByUsername(Account.normaliseUsername(username))
            .orElseThrow(() -> new UnknownAccountException(username));
    if (!hasher.verify(currentPassword, account.passwordHash())) {
      throw new WrongPasswordException();
    }
    PasswordPolicy.violation(account.username(), newPassword)
        .ifPresent(key -> { throw new PasswordPolicyException(key); });
    account.changePasswordHash(hasher.hash(newPassword), clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AccountSummary> findByUsername(String username) {
    return accounts.findByUsername(Account.normaliseUsername(username)).map(Account::toSummary);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AccountSummary> list() {
    return accounts.findAll().stream().map(Account::toSummary).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean exists(String username) {
    return accounts.findByUsername(Account.normaliseUsername(username)).isPresent();
  }
}
