package nl.vakwijzer.web.workspace;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.web.security.CurrentUser;

/** A role's start page: the signed-in account, its organisation and its colleagues there. */
@Named
@RequestScoped
public class WorkspaceView {
  @Inject CurrentUser currentUser;
  @Inject AccountService accounts;

  private List<AccountSummary> colleagues = List.of();

  @PostConstruct
  void load() {
    currentUser
        .account()
        .flatMap(AccountSummary::organisation)
        .ifPresent(
            organisation ->
                colleagues =
                    accounts.list().stream()
                        .filter(a -> a.organisation().map(o -> o.id().equals(organisation.id())).orElse(false))
                        .toList());
  }

  public List<AccountSummary> getColleagues() {
    return colleagues;
  }
}
