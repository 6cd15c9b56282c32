package nl.vakwijzer.catalogue.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.infrastructure.JdbcGapStore;
import nl.vakwijzer.catalogue.testing.DossierBuilder;

/**
 * The gap and municipality services on the module tests' shared database (reference frameworks
 * loaded once): municipalities of their own per test, and accredited modules made through the real
 * module and accreditation services.
 */
final class GapTestSupport {
  static final LocalDate UNTIL = LocalDate.of(2099, 12, 31);

  final ModuleTestSupport m = new ModuleTestSupport();
  final JdbcGapStore store = new JdbcGapStore(m.db, JdbcFrameworkRepository.TransactionMode.LOCAL);
  final DefaultFrameworkService frameworks = FrameworkTestSupport.serviceOn(m.db);
  final DefaultGapService gaps = new DefaultGapService(store, frameworks, m.modules, m.clock);
  final DefaultMunicipalityService municipalities = new DefaultMunicipalityService(store, m.clock);

  /** A user of a new GEMEENTE organisation. */
  Actor municipality() {
    UUID organisation = UUID.randomUUID();
    m.execute("insert into catalogue.organisation (id, name, type, status) values (?, ?, 'GEMEENTE', 'ACTIEF')",
        organisation, "Gemeente " + organisation.toString().substring(0, 8));
    return account(organisation, Role.GEMEENTE);
  }

  Actor account(UUID organisation, Role role) {
    UUID account = UUID.randomUUID();
    m.execute("insert into catalogue.account (id, username, display_name, email, password_hash, organisation_id)"
            + " values (?, ?, 'Test', 'test@example.org', 'x', ?)",
        account, "g" + account.toString().replace("-", ""), organisation);
    m.execute("insert into catalogue.account_role (account_id, role) values (?, ?)", account, role.name());
    return new Actor(new AccountId(account), organisation == null ? null : new OrganisationId(organisation), Set.of(role));
  }

  /**
   * Creates, submits and accredits a module of a new provider with {@code claims}; the claims in
   * {@code accepted} (indexes) are accepted, at the to-level given by {@code acceptedTo} when not -1.
   */
  ModuleVersion accredited(String title, List<Claim> claims, BigDecimal price, int[] accepted, int[] acceptedTo) {
    Actor provider = m.provider();
    DossierBuilder b = DossierBuilder.valid();
    b.title = title;
    b.claims.clear();
    b.claims.addAll(claims);
    b.prices = new Prices(price, null);
    ModuleVersion concept = m.modules.create(provider, b.build());
    ModuleVersion submitted = m.modules.submit(provider, concept.id(), concept.revision());
    List<AcceptedClaim> acceptedClaims = new java.util.ArrayList<>();
    for (int i = 0; i < accepted.length; i++) {
      Claim c = claims.get(accepted[i]);
      ClaimLevel to = acceptedTo[i] < 0 ? c.to() : ClaimLevel.ofOrdinal(acceptedTo[i]);
      acceptedClaims.add(new AcceptedClaim(c.competency(), c.from(), to, c.behaviourExamples()));
    }
    m.accreditation.accredit(submitted.id(), UNTIL, acceptedClaims);
    return submitted;
  }

  /** A module accredited with all its claims as claimed. */
  ModuleVersion accredited(String title, BigDecimal price, Claim... claims) {
    int[] all = new int[claims.length];
    int[] asClaimed = new int[claims.length];
    for (int i = 0; i < claims.length; i++) {
      all[i] = i;
      asClaimed[i] = -1;
    }
    return accredited(title, List.of(claims), price, all, asClaimed);
  }

  /** A claim on a Standaard competency from → to with a workplace werkvorm. */
  Claim claim(String code, int from, int to) {
    return m.claim(code, from, to, TeachingMethod.of(TeachingMethodKind.TRAINING_ON_THE_JOB));
  }
}
