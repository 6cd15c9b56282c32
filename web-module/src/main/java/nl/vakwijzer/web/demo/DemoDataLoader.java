package nl.vakwijzer.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.NewOrganisation;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode ({@code vakwijzer.demo-data=true}) creates what a newcomer needs to see every
 * capability. Idempotent: what exists already is left alone, so restarts keep user changes.
 */
@Singleton
@Startup
@DependsOn({"DataSourceConfiguration", "ReferenceDataLoader"})
public class DemoDataLoader {
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "vakwijzer.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject OrganisationService organisations;
  @Inject AccountService accounts;
  @Inject DemoModules demoModules;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    StringBuilder table = new StringBuilder("Demo mode: accounts (password ").append(DemoAccounts.PASSWORD).append("):");
    for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
      if (!accounts.exists(demo.username())) {
        OrganisationSummary organisation = organisation(demo.organisation());
        accounts.create(
            new NewAccount(
                demo.username(),
                demo.displayName(),
                demo.email(),
                EnumSet.of(demo.role()),
                organisation.id(),
                DemoAccounts.PASSWORD));
      }
      table.append("\n  ").append(String.format("%-13s %s", demo.username(), demo.role()));
    }
    LOG.info(table::toString);
    demoModules.load();
  }

  private OrganisationSummary organisation(DemoAccounts.DemoOrganisation demo) {
    return organisations
        .findByName(demo.name())
        .orElseGet(() -> organisations.create(new NewOrganisation(demo.name(), demo.type())));
  }
}
