package nl.vakwijzer.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;

/**
 * The accounts by id, read in a transaction of its own: the dispatcher runs on managed executor
 * threads, where a non-transactional JPA read would register its EntityManager with the
 * submitting thread's invocation and close it under that thread's feet.
 */
@ApplicationScoped
public class AccountDirectory {
  @Inject AccountService accounts;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<AccountId, AccountSummary> byId() {
    return accounts.list().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity(), (a, b) -> a));
  }
}
