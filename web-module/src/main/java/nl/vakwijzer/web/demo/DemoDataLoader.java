package nl.vakwijzer.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.NewOrganisation;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.ProviderProfile;
import nl.vakwijzer.catalogue.api.ProviderService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode ({@code vakwijzer.demo-data=true}) creates what a newcomer needs to see every
 * capability. Idempotent: what exists already is left alone, so restarts keep user changes.
 */
@Singleton
@Startup
// ReferenceDataLoader depends on DataSourceConfiguration: naming both is the shape Payara can take
// for a cycle (see SearchPreloader)
@DependsOn("ReferenceDataLoader")
public class DemoDataLoader {
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "vakwijzer.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject OrganisationService organisations;
  @Inject AccountService accounts;
  @Inject DemoModules demoModules;
  @Inject DemoApplications demoApplications;
  @Inject DemoAccreditation demoAccreditation;
  @Inject ProviderService providers;
  @Inject DemoGaps demoGaps;

  /**
   * Outside a transaction: every service call commits on its own, so later steps (the demo
   * applications, in their own transactions) see the accounts and modules created before them, and
   * one failing step spoils nothing else.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
    loadProviders();
    table.append("\n  ").append(String.format("%-13s %s", DemoProviders.PENDING.username(), "AANBIEDER (aanmelding wacht op goedkeuring)"));
    LOG.info(table::toString);
    demoAccreditation.loadAuditors();
    demoModules.load();
    demoGaps.load();
    demoApplications.load();
  }

  /**
   * Provider profiles, the demo provider account as its organisation admin, and one pending
   * registration. Each step only when still missing.
   */
  private void loadProviders() {
    AccountSummary beheerder = accounts.findByUsername("beheerder").orElseThrow();
    Actor system =
        new Actor(beheerder.id(), beheerder.organisation().map(OrganisationSummary::id).orElse(null), beheerder.roles());
    for (Map.Entry<String, ProviderProfile> demo : DemoProviders.PROFILES.entrySet()) {
      organisations
          .findByName(demo.getKey())
          .filter(o -> providers.provider(system, o.id()).map(p -> p.profile() == null).orElse(false))
          .ifPresent(o -> providers.updateProfile(system, o.id(), demo.getValue()));
    }
    for (String admin : new String[] {"aanbieder", "aanbieder2"}) {
      accounts
          .findByUsername(admin)
          .filter(a -> !providers.isOrganisationAdmin(a.id()))
          .ifPresent(a -> providers.setOrganisationAdmin(system, a.id(), true));
    }
    if (organisations.findByName(DemoProviders.PENDING.organisationName()).isEmpty()
        && !accounts.exists(DemoProviders.PENDING.username())) {
      providers.register(DemoProviders.PENDING);
    }
  }

  private OrganisationSummary organisation(DemoAccounts.DemoOrganisation demo) {
    return organisations
        .findByName(demo.name())
        .orElseGet(() -> organisations.create(new NewOrganisation(demo.name(), demo.type())));
  }
}
