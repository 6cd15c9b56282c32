package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CannotDecideRegistrationException;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.Colleague;
import nl.vakwijzer.catalogue.api.DuplicateKvkNumberException;
import nl.vakwijzer.catalogue.api.DuplicateOrganisationException;
import nl.vakwijzer.catalogue.api.DuplicateUsernameException;
import nl.vakwijzer.catalogue.api.InvalidCrkboRegistrationException;
import nl.vakwijzer.catalogue.api.InvalidInvitationException;
import nl.vakwijzer.catalogue.api.InvalidKvkNumberException;
import nl.vakwijzer.catalogue.api.InvalidPostcodeException;
import nl.vakwijzer.catalogue.api.InvalidProviderDataException;
import nl.vakwijzer.catalogue.api.Invitation;
import nl.vakwijzer.catalogue.api.NewColleague;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationStatus;
import nl.vakwijzer.catalogue.api.PasswordPolicyException;
import nl.vakwijzer.catalogue.api.Provider;
import nl.vakwijzer.catalogue.api.ProviderAccessDeniedException;
import nl.vakwijzer.catalogue.api.ProviderProfile;
import nl.vakwijzer.catalogue.api.ProviderRegistration;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.domain.ProviderRepository;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.infrastructure.JdbcProviderRepository;
import nl.vakwijzer.catalogue.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider rules on a real, migrated PostgreSQL: registration, approval, profile, invitations. */
class ProviderServiceTest {
  private static final String PASSWORD = "Geheim-wachtwoord-1";

  private DataSource db;
  private MutableClock clock;
  private DefaultProviderService service;
  private Actor beheerder;

  /** A clock tests can move forward (invitation expiry). */
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
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

  /** Stands in for the server's PBKDF2: a reversible marker is enough to see what was stored. */
  static final class FakeHash implements Pbkdf2PasswordHash {
    @Override
    public void initialize(Map<String, String> parameters) {}

    @Override
    public String generate(char[] password) {
      return "fake:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      return hashedPassword.equals(generate(password));
    }
  }

  @BeforeEach
  void setUp() {
    db = TestDatabases.migrated();
    clock = new MutableClock();
    PasswordHasher hasher = new PasswordHasher();
    hasher.hash = new FakeHash();
    service = new DefaultProviderService(
        new JdbcProviderRepository(db, JdbcFrameworkRepository.TransactionMode.LOCAL), hasher, clock);
    UUID accrediting = UUID.randomUUID();
    FrameworkTestSupport.queryLong(db,
        "with o as (insert into catalogue.organisation (id, name, type) values (?, 'Stichting Test', 'ACCREDITATIEORGAAN') returning 1) select count(*) from o",
        accrediting);
    UUID admin = UUID.randomUUID();
    FrameworkTestSupport.queryLong(db,
        "with a as (insert into catalogue.account (id, username, display_name, email, password_hash, organisation_id)"
            + " values (?, 'beheer', 'Beheer', 'b@example.nl', 'x', ?) returning 1) select count(*) from a",
        admin, accrediting);
    beheerder = new Actor(new AccountId(admin), new OrganisationId(accrediting), Set.of(Role.BEHEERDER));
  }

  static String kvk() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }

  static ProviderProfile profile(String kvk) {
    return new ProviderProfile(kvk, "", "Stationsplein", "12a", "8011cw", "Zwolle", List.of("OVERIJSSEL", "GELDERLAND"),
        "Anna de Boer", "info@leerhuis.example", "038 123 45 67", "www.leerhuis.example");
  }

  static ProviderRegistration registration(String name, String kvk, String username) {
    return new ProviderRegistration(name, profile(kvk), "Anna de Boer", username, "anna@leerhuis.example", PASSWORD);
  }

  private Provider registered() {
    clock.now = clock.now.plusSeconds(60);
    return service.register(registration("Leerhuis " + UUID.randomUUID(), kvk(), "u" + UUID.randomUUID().toString().substring(0, 8)));
  }

  /** The actor of the provider's first user (the organisation admin). */
  private Actor adminOf(Provider provider) {
    return new Actor(provider.registeredBy().orElseThrow().id(), provider.organisation().id(), Set.of(Role.AANBIEDER));
  }

  private long count(String sql, Object... parameters) {
    return FrameworkTestSupport.queryLong(db, sql, parameters);
  }

  @Test
  void registrationStoresAPendingOrganisationItsCanonicalProfileAndAnActiveAdmin() {
    Provider provider = service.register(registration("Leerhuis Participatie Oost B.V.", "12.34.56.78", "Anna.Boer"));

    assertThat(provider.status()).isEqualTo(OrganisationStatus.AANGEMELD);
    assertThat(provider.profile().kvkNumber()).isEqualTo("12345678");
    assertThat(provider.profile().postcode()).isEqualTo("8011 CW");
    assertThat(provider.profile().crkboNumber()).isNull();
    assertThat(provider.profile().website()).isEqualTo("https://www.leerhuis.example");
    assertThat(provider.regions()).extracting(r -> r.name()).containsExactly("Overijssel", "Gelderland");
    Colleague admin = provider.registeredBy().orElseThrow();
    assertThat(admin.username()).isEqualTo("anna.boer");
    assertThat(admin.active()).isTrue();
    assertThat(admin.organisationAdmin()).isTrue();
    assertThat(count("select count(*) from catalogue.account_role where account_id = ? and role = 'AANBIEDER'", admin.id().value())).isOne();
    assertThat(count("select count(*) from catalogue.account where id = ? and password_hash = ?", admin.id().value(), "fake:" + PASSWORD)).isOne();
    assertThat(service.status(provider.organisation().id())).contains(OrganisationStatus.AANGEMELD);
    assertThat(service.isOrganisationAdmin(admin.id())).isTrue();
  }

  @Test
  void duplicateNameKvkOrUsernameIsRefusedAndNothingIsHalfSaved() {
    Provider first = service.register(registration("Leerhuis Noord", "11112222", "noord"));
    long organisations = count("select count(*) from catalogue.organisation");
    long accounts = count("select count(*) from catalogue.account");

    assertThatThrownBy(() -> service.register(registration("LEERHUIS NOORD", "33334444", "ander")))
        .isInstanceOf(DuplicateOrganisationException.class);
    assertThatThrownBy(() -> service.register(registration("Leerhuis Zuid", "1111 2222", "zuid")))
        .isInstanceOf(DuplicateKvkNumberException.class)
        .satisfies(e -> assertThat(((CatalogueException) e).arguments()).containsExactly("11112222"));
    assertThatThrownBy(() -> service.register(registration("Leerhuis West", "55556666", "NOORD")))
        .isInstanceOf(DuplicateUsernameException.class);

    assertThat(count("select count(*) from catalogue.organisation")).isEqualTo(organisations);
    assertThat(count("select count(*) from catalogue.account")).isEqualTo(accounts);
    assertThat(count("select count(*) from catalogue.provider_profile")).isOne();
    assertThat(first.status()).isEqualTo(OrganisationStatus.AANGEMELD);
  }

  @Test
  void aRaceThatPassesTheChecksStillEndsAsADuplicateAndRollsBack() {
    service.register(registration("Leerhuis Race", "22223333", "race"));
    long organisations = count("select count(*) from catalogue.organisation");
    // a repository whose checks all say "free", as when a concurrent registration commits between
    // the check and the insert: the unique indexes decide
    ProviderRepository real = new JdbcProviderRepository(db, JdbcFrameworkRepository.TransactionMode.LOCAL);
    ProviderRepository blind = (ProviderRepository) Proxy.newProxyInstance(
        ProviderRepository.class.getClassLoader(), new Class<?>[] {ProviderRepository.class}, (proxy, method, args) -> {
          if (method.getName().endsWith("Taken")) {
            return false;
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    DefaultProviderService racing = new DefaultProviderService(blind, service.hasher, clock);

    assertThatThrownBy(() -> racing.register(registration("Leerhuis Race", "44445555", "race2")))
        .isInstanceOf(DuplicateOrganisationException.class);
    assertThatThrownBy(() -> racing.register(registration("Leerhuis Anders", "22223333", "race3")))
        .isInstanceOf(DuplicateKvkNumberException.class)
        .satisfies(e -> assertThat(((CatalogueException) e).arguments()).containsExactly("22223333"));
    assertThatThrownBy(() -> racing.register(registration("Leerhuis Derde", "66667777", "race")))
        .isInstanceOf(DuplicateUsernameException.class);
    assertThat(count("select count(*) from catalogue.organisation")).isEqualTo(organisations);
  }

  @Test
  void aRefusedRegistrationWritesNothing() {
    long before = count("select count(*) from catalogue.organisation");
    ProviderProfile bad = new ProviderProfile("87654321", null, "Markt", "1", "6811 AA", "Arnhem", List.of("GELDERLAND"),
        "Piet", "p@example.nl", "026 123 45 67", null);
    service.register(new ProviderRegistration("Eerste", bad, "Piet", "piet1", "p@example.nl", PASSWORD));
    assertThat(count("select count(*) from catalogue.organisation")).isEqualTo(before + 1);
    // a password that breaks the policy is refused before anything is written
    assertThatThrownBy(() -> service.register(new ProviderRegistration("Tweede", profile(kvk()), "Piet", "piet2", "p@example.nl", "kort")))
        .isInstanceOf(PasswordPolicyException.class);
    assertThat(count("select count(*) from catalogue.organisation")).isEqualTo(before + 1);
  }

  @Test
  void invalidKvkPostcodeCrkboEmailPhoneRegionAndWebsiteAreRefusedWithTheirField() {
    ProviderProfile ok = profile(kvk());
    assertThatThrownBy(() -> service.register(new ProviderRegistration("A", withKvk(ok, "1234567"), "A", "aaa", "a@example.nl", PASSWORD)))
        .isInstanceOf(InvalidKvkNumberException.class);
    assertThatThrownBy(() -> service.register(new ProviderRegistration("A", withKvk(ok, "1234567a"), "A", "aaa", "a@example.nl", PASSWORD)))
        .isInstanceOf(InvalidKvkNumberException.class);
    assertThatThrownBy(() -> service.register(new ProviderRegistration("A", new ProviderProfile(ok.kvkNumber(), null, "S", "1", "0123 AB", "P",
            ok.regions(), "C", "c@example.nl", "0201234567", null), "A", "aaa", "a@example.nl", PASSWORD)))
        .isInstanceOf(InvalidPostcodeException.class);
    assertThatThrownBy(() -> service.register(new ProviderRegistration("A", new ProviderProfile(ok.kvkNumber(), "<script>", "S", "1", "1234 AB", "P",
            ok.regions(), "C", "c@example.nl", "0201234567", null), "A", "aaa", "a@example.nl", PASSWORD)))
        .isInstanceOf(InvalidCrkboRegistrationException.class);
    assertField(() -> service.register(new ProviderRegistration("A", ok, "A", "aaa", "geen-adres", PASSWORD)), "email");
    assertField(() -> service.register(new ProviderRegistration("A", new ProviderProfile(ok.kvkNumber(), null, "S", "1", "1234 AB", "P",
        ok.regions(), "C", "c@", "0201234567", null), "A", "aaa", "a@example.nl", PASSWORD)), "contactEmail");
    assertField(() -> service.register(new ProviderRegistration("A", new ProviderProfile(ok.kvkNumber(), null, "S", "1", "1234 AB", "P",
        ok.regions(), "C", "c@example.nl", "bel me", null), "A", "aaa", "a@example.nl", PASSWORD)), "contactPhone");
    assertField(() -> service.register(new ProviderRegistration("A", new ProviderProfile(ok.kvkNumber(), null, "S", "1", "1234 AB", "P",
        List.of("ATLANTIS"), "C", "c@example.nl", "0201234567", null), "A", "aaa", "a@example.nl", PASSWORD)), "regions");
    assertField(() -> service.register(new ProviderRegistration("A", new ProviderProfile(ok.kvkNumber(), null, "S", "1", "1234 AB", "P",
        ok.regions(), "C", "c@example.nl", "0201234567", "javascript://alert(1)"), "A", "aaa", "a@example.nl", PASSWORD)), "website");
    assertField(() -> service.register(new ProviderRegistration("A", new ProviderProfile(ok.kvkNumber(), null, "S".repeat(201), "1", "1234 AB", "P",
        ok.regions(), "C", "c@example.nl", "0201234567", null), "A", "aaa", "a@example.nl", PASSWORD)), "street");
    assertThat(count("select count(*) from catalogue.organisation where type = 'AANBIEDER'")).isZero();
  }

  private static ProviderProfile withKvk(ProviderProfile p, String kvk) {
    return new ProviderProfile(kvk, p.crkboNumber(), p.street(), p.houseNumber(), p.postcode(), p.place(), p.regions(),
        p.contactName(), p.contactEmail(), p.contactPhone(), p.website());
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOf(InvalidProviderDataException.class)
        .satisfies(e -> assertThat(((InvalidProviderDataException) e).field()).isEqualTo(field));
  }

  @Test
  void aBeheerderSeesPendingRegistrationsAndApprovesOrRejectsWithAReason() {
    Provider a = registered();
    Provider b = registered();
    assertThat(service.pending(beheerder)).extracting(p -> p.organisation().id()).containsExactly(a.organisation().id(), b.organisation().id());

    Provider approved = service.approve(beheerder, a.organisation().id());
    assertThat(approved.status()).isEqualTo(OrganisationStatus.ACTIEF);
    assertThatThrownBy(() -> service.reject(beheerder, b.organisation().id(), "  "))
        .isInstanceOf(InvalidProviderDataException.class);
    Provider rejected = service.reject(beheerder, b.organisation().id(), "Geen opleidingsaanbod in het sociaal domein.");
    assertThat(rejected.status()).isEqualTo(OrganisationStatus.AFGEWEZEN);
    assertThat(rejected.rejectionReason()).contains("Geen opleidingsaanbod in het sociaal domein.");
    assertThat(service.pending(beheerder)).isEmpty();
    assertThatThrownBy(() -> service.approve(beheerder, b.organisation().id())).isInstanceOf(CannotDecideRegistrationException.class);
    assertThatThrownBy(() -> service.reject(beheerder, a.organisation().id(), "te laat")).isInstanceOf(CannotDecideRegistrationException.class);
  }

  @Test
  void onlyABeheerderDecidesAndAnotherOrganisationSeesNothing() {
    Provider mine = registered();
    Provider other = registered();
    service.approve(beheerder, mine.organisation().id());
    Actor admin = adminOf(mine);

    assertThatThrownBy(() -> service.pending(admin)).isInstanceOf(ProviderAccessDeniedException.class);
    assertThatThrownBy(() -> service.approve(admin, other.organisation().id())).isInstanceOf(ProviderAccessDeniedException.class);
    assertThatThrownBy(() -> service.reject(admin, other.organisation().id(), "nee")).isInstanceOf(ProviderAccessDeniedException.class);
    assertThat(service.provider(admin, other.organisation().id())).isEmpty();
    assertThat(service.provider(admin, mine.organisation().id())).isPresent();
    assertThatThrownBy(() -> service.updateProfile(admin, other.organisation().id(), profile(kvk())))
        .isInstanceOf(ProviderAccessDeniedException.class);
    assertThat(service.status(other.organisation().id())).contains(OrganisationStatus.AANGEMELD);
  }

  @Test
  void anOrganisationAdminUpdatesTheProfileButNotToAnotherProvidersKvk() {
    Provider mine = registered();
    Provider other = registered();
    Actor admin = adminOf(mine);
    ProviderProfile changed = new ProviderProfile(mine.profile().kvkNumber(), "CRKBO 1234", "Nieuwe Markt", "3", "7411 PR", "Deventer",
        List.of("LANDELIJK"), "Bram", "bram@example.nl", "+31 570 123 456", "https://leerhuis.example/over");
    Provider updated = service.updateProfile(admin, mine.organisation().id(), changed);
    assertThat(updated.profile().place()).isEqualTo("Deventer");
    assertThat(updated.profile().crkboNumber()).isEqualTo("CRKBO 1234");
    assertThat(updated.regions()).extracting(r -> r.code()).containsExactly("LANDELIJK");
    assertThatThrownBy(() -> service.updateProfile(admin, mine.organisation().id(), withKvk(changed, other.profile().kvkNumber())))
        .isInstanceOf(DuplicateKvkNumberException.class);
  }

  @Test
  void anInvitedColleagueActivatesTheAccountOnceWithinSevenDays() {
    Provider provider = registered();
    Actor admin = adminOf(provider);
    Invitation invitation = service.invite(admin, new NewColleague("Bram Smit", "bram@leerhuis.example"));

    assertThat(invitation.expiresAt()).isEqualTo(clock.now.plus(Duration.ofDays(7)));
    assertThat(count("select count(*) from catalogue.invitation where token_hash = ?", DefaultProviderService.sha256(invitation.token()))).isOne();
    assertThat(count("select count(*) from catalogue.invitation where token_hash = ?", invitation.token())).isZero();
    assertThat(service.colleagues(admin)).filteredOn(c -> c.displayName().equals("Bram Smit"))
        .singleElement().satisfies(c -> {
          assertThat(c.active()).isFalse();
          assertThat(c.invitationOpen()).isTrue();
          assertThat(c.organisationAdmin()).isFalse();
        });
    assertThat(service.invitation(invitation.token())).hasValueSatisfying(open -> {
      assertThat(open.organisationName()).isEqualTo(provider.organisation().name());
      assertThat(open.email()).isEqualTo("bram@leerhuis.example");
    });

    clock.now = clock.now.plus(Duration.ofDays(6));
    assertThatThrownBy(() -> service.acceptInvitation(invitation.token(), "bram", "kort")).isInstanceOf(PasswordPolicyException.class);
    String username = service.acceptInvitation(invitation.token(), "Bram.Smit", PASSWORD);

    assertThat(username).isEqualTo("bram.smit");
    assertThat(count("select count(*) from catalogue.account where username = 'bram.smit' and active and password_hash = ?", "fake:" + PASSWORD)).isOne();
    assertThat(service.invitation(invitation.token())).isEmpty();
    assertThatThrownBy(() -> service.acceptInvitation(invitation.token(), "bram2", PASSWORD)).isInstanceOf(InvalidInvitationException.class);
  }

  @Test
  void anExpiredOrUnknownInvitationIsRefusedAlike() {
    Provider provider = registered();
    Invitation invitation = service.invite(adminOf(provider), new NewColleague("Eva", "eva@leerhuis.example"));
    clock.now = clock.now.plus(Duration.ofDays(7));

    assertThat(service.invitation(invitation.token())).isEmpty();
    assertThatThrownBy(() -> service.acceptInvitation(invitation.token(), "eva", PASSWORD)).isInstanceOf(InvalidInvitationException.class);
    assertThatThrownBy(() -> service.acceptInvitation("geraden-token", "eva", PASSWORD)).isInstanceOf(InvalidInvitationException.class);
    assertThat(count("select count(*) from catalogue.account where username = 'eva'")).isZero();
  }

  @Test
  void acceptingRefusesATakenUsernameAndKeepsTheInvitationOpen() {
    Provider provider = registered();
    Invitation invitation = service.invite(adminOf(provider), new NewColleague("Eva", "eva@leerhuis.example"));
    String taken = provider.registeredBy().orElseThrow().username();
    assertThatThrownBy(() -> service.acceptInvitation(invitation.token(), taken, PASSWORD)).isInstanceOf(DuplicateUsernameException.class);
    assertThat(service.invitation(invitation.token())).isPresent();
  }

  @Test
  void onlyAnOrganisationAdminOfTheSameOrganisationInvites() {
    Provider provider = registered();
    Actor admin = adminOf(provider);
    Invitation invitation = service.invite(admin, new NewColleague("Collega", "c@leerhuis.example"));
    service.acceptInvitation(invitation.token(), "collega-" + UUID.randomUUID().toString().substring(0, 6), PASSWORD);
    Actor colleague = new Actor(invitation.account(), provider.organisation().id(), Set.of(Role.AANBIEDER));
    assertThatThrownBy(() -> service.invite(colleague, new NewColleague("X", "x@example.nl")))
        .isInstanceOf(ProviderAccessDeniedException.class);

    Provider other = registered();
    Actor pretender = new Actor(adminOf(other).account(), provider.organisation().id(), Set.of(Role.AANBIEDER));
    assertThatThrownBy(() -> service.invite(pretender, new NewColleague("X", "x@example.nl")))
        .isInstanceOf(ProviderAccessDeniedException.class);
    assertThatThrownBy(() -> service.invite(beheerder, new NewColleague("X", "x@example.nl")))
        .isInstanceOf(ProviderAccessDeniedException.class);
    assertThatThrownBy(() -> service.invite(admin, new NewColleague("X", "geen mail")))
        .isInstanceOf(InvalidProviderDataException.class);

    service.setOrganisationAdmin(beheerder, invitation.account(), true);
    assertThat(service.invite(colleague, new NewColleague("Derde", "d@leerhuis.example")).token()).isNotBlank();
    assertThatThrownBy(() -> service.setOrganisationAdmin(admin, invitation.account(), false))
        .isInstanceOf(ProviderAccessDeniedException.class);
  }

  @Test
  void theRegionsAreTheProvincesAndLandelijk() {
    assertThat(service.regions()).hasSize(13);
    assertThat(service.regions().get(0).code()).isEqualTo("LANDELIJK");
  }
}
