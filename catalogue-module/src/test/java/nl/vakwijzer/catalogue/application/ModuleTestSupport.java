package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.event.ModuleVersionPublished;
import nl.vakwijzer.catalogue.api.event.ModuleVersionSubmitted;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.infrastructure.JdbcModuleRepository;
import nl.vakwijzer.catalogue.testing.DossierBuilder;

/**
 * The module services on a database of their own with the shipped frameworks, a settable clock,
 * recorded events, and helpers to make provider organisations and accounts.
 */
final class ModuleTestSupport {
  static final Instant START = Instant.parse("2027-01-11T09:00:00Z");

  /**
   * One database for every module test in the JVM: each test works for organisations of its own,
   * so tests stay independent while the machine copies the reference frameworks only once.
   */
  private static DataSource shared;

  final DataSource db = sharedDatabase();
  final MutableClock clock = new MutableClock(START);
  final RecordingEvent<ModuleVersionSubmitted> submitted = new RecordingEvent<>();
  final RecordingEvent<ModuleVersionPublished> published = new RecordingEvent<>();
  final JdbcModuleRepository repository =
      new JdbcModuleRepository(db, JdbcFrameworkRepository.TransactionMode.LOCAL);
  final DefaultModuleService modules = new DefaultModuleService(repository, clock, submitted, published);
  final DefaultModuleAccreditationService accreditation = new DefaultModuleAccreditationService(repository, clock);

  private static synchronized DataSource sharedDatabase() {
    if (shared == null) {
      shared = FrameworkTestSupport.databaseWithReferenceFrameworks();
    }
    return shared;
  }

  /** A user of a new, approved (ACTIEF) provider organisation. */
  Actor provider() {
    return provider("ACTIEF");
  }

  /** A user of a new provider organisation with the given status. */
  Actor provider(String status) {
    UUID organisation = UUID.randomUUID();
    execute("insert into catalogue.organisation (id, name, type, status) values (?, ?, 'AANBIEDER', ?)",
        organisation, "Opleider " + organisation.toString().substring(0, 8), status);
    return account(organisation, Role.AANBIEDER);
  }

  /** A colleague: another user of the same organisation. */
  Actor colleagueOf(Actor actor) {
    return account(actor.organisation().value(), Role.AANBIEDER);
  }

  Actor beheerder() {
    return account(null, Role.BEHEERDER);
  }

  Actor withRole(Actor actor, Role role) {
    return new Actor(actor.account(), actor.organisation(), Set.of(role));
  }

  private Actor account(UUID organisation, Role role) {
    UUID account = UUID.randomUUID();
    execute("insert into catalogue.account (id, username, display_name, email, password_hash, organisation_id)"
            + " values (?, ?, 'Test', 'test@example.org', 'x', ?)",
        account, "u" + account.toString().replace("-", ""), organisation);
    execute("insert into catalogue.account_role (account_id, role) values (?, ?)", account, role.name());
    return new Actor(new AccountId(account), organisation == null ? null : new OrganisationId(organisation),
        Set.of(role));
  }

  void execute(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long count(String sql, Object... parameters) {
    return FrameworkTestSupport.queryLong(db, sql, parameters);
  }

  /** A shipped item by its human code, e.g. {@code SV.C1}. */
  ItemId item(String humanCode) {
    try (Connection c = db.getConnection();
        PreparedStatement st = c.prepareStatement(
            "select id from catalogue.framework_item where human_code = ? order by position limit 1")) {
      st.setString(1, humanCode);
      try (var rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no item " + humanCode);
        }
        return new ItemId(rs.getObject(1, UUID.class));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A claim on a shipped competency with levels and its first behaviour example from its options. */
  Claim claim(String competencyCode, int from, int to, TeachingMethod... methods) {
    ClaimOptions options = modules.claimOptions(item(competencyCode));
    List<ItemSummary> levels = options.levels();
    return new Claim(options.competency().id(),
        new ClaimLevel(levels.get(from).id(), from),
        new ClaimLevel(levels.get(to).id(), to),
        options.behaviourExamples().isEmpty() ? List.of() : List.of(options.behaviourExamples().get(0).id()),
        new ClaimEvidence(List.of("LD1"), List.of(methods), List.of("T1")),
        false);
  }

  /** A complete dossier (no findings) with two claims on the Standaard vakvolwassenheid. */
  DossierBuilder validDossier() {
    DossierBuilder b = DossierBuilder.valid();
    b.claims.clear();
    b.claims.add(claim("SV.C1", 0, 1, TeachingMethod.of(TeachingMethodKind.TRAINING_ON_THE_JOB)));
    b.claims.add(claim("SV.C4", 1, 2));
    return b;
  }

  ModuleDossier dossier() {
    return validDossier().build();
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Records what is fired, as CDI would deliver it to observers. */
  static final class RecordingEvent<T> implements Event<T> {
    final List<T> fired = new ArrayList<>();

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new AssertionError("module events are fired synchronously");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new AssertionError("module events are fired synchronously");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      throw new AssertionError("not used");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("not used");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("not used");
    }
  }
}
