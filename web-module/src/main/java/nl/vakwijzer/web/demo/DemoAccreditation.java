package nl.vakwijzer.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import nl.vakwijzer.accreditation.api.AuditorPoolService;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationSummary;

/**
 * Demo data of the accreditation workflow: the auditor pool. Submitted demo modules get their
 * application through {@code SubmissionHandOff}, like any other submission.
 */
@ApplicationScoped
public class DemoAccreditation {
  @Inject AccountService accounts;
  @Inject AuditorPoolService pool;

  /** Auditor profiles (expertise SV and DIVOSA) for the demo auditors that have none yet. */
  public void loadAuditors() {
    AccountSummary beheerder = accounts.findByUsername("beheerder").orElseThrow();
    Actor coordinator = new Actor(
        beheerder.id(), beheerder.organisation().map(OrganisationSummary::id).orElse(null), beheerder.roles());
    for (String username : List.of("auditor", "auditor2")) {
      accounts.findByUsername(username)
          .filter(a -> pool.auditors().stream().noneMatch(p -> p.account().equals(a.id())))
          .ifPresent(a -> pool.save(coordinator,
              new AuditorProfile(a.id(), a.displayName(), Set.of("SV", "DIVOSA"), Set.of(), List.of(), 10, true)));
    }
  }
}
