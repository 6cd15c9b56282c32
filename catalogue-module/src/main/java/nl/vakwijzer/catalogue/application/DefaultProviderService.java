package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CannotDecideRegistrationException;
import nl.vakwijzer.catalogue.api.Colleague;
import nl.vakwijzer.catalogue.api.CrkboRegistration;
import nl.vakwijzer.catalogue.api.DuplicateKvkNumberException;
import nl.vakwijzer.catalogue.api.DuplicateOrganisationException;
import nl.vakwijzer.catalogue.api.DuplicateUsernameException;
import nl.vakwijzer.catalogue.api.InvalidProviderDataException;
import nl.vakwijzer.catalogue.api.InvalidInvitationException;
import nl.vakwijzer.catalogue.api.Invitation;
import nl.vakwijzer.catalogue.api.KvkNumber;
import nl.vakwijzer.catalogue.api.NewColleague;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OpenInvitation;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationStatus;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.PasswordPolicy;
import nl.vakwijzer.catalogue.api.PasswordPolicyException;
import nl.vakwijzer.catalogue.api.Provider;
import nl.vakwijzer.catalogue.api.ProviderAccessDeniedException;
import nl.vakwijzer.catalogue.api.ProviderProfile;
import nl.vakwijzer.catalogue.api.ProviderRegistration;
import nl.vakwijzer.catalogue.api.ProviderService;
import nl.vakwijzer.catalogue.api.Region;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.domain.Account;
import nl.vakwijzer.catalogue.domain.ProviderRepository;
import nl.vakwijzer.catalogue.domain.ProviderRepository.AccountRow;
import nl.vakwijzer.catalogue.domain.ProviderRepository.OrganisationRow;
import nl.vakwijzer.catalogue.domain.ProviderRepository.ProfileRow;

@ApplicationScoped
@Transactional
// Makes Hibernate Validator's CDI extension see this bean: it only intercepts types that carry a
// validation annotation, and the constraints themselves are declared on the api interface.
@ValidateOnExecution
class DefaultProviderService implements ProviderService {
  /** A deliberately simple shape check; Bean Validation's @Email runs before it in the container. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ProviderRepository repository;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  DefaultProviderService() {}

  /** For tests: wired by hand on a plain DataSource. */
  DefaultProviderService(ProviderRepository repository, PasswordHasher hasher, Clock clock) {
    this.repository = repository;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Region> regions() {
    return repository.regions();
  }

  @Override
  public Provider register(ProviderRegistration registration) {
    return repository.inTransaction(() -> {
      String name = registration.organisationName().strip();
      String username = Account.normaliseUsername(registration.username());
      ProfileRow profile = canonical(null, registration.profile(), null);
      requireEmail("email", registration.email());
      PasswordPolicy.violation(username, registration.password())
          .ifPresent(key -> { throw new PasswordPolicyException(key); });
      if (repository.organisationNameTaken(name)) {
        throw new DuplicateOrganisationException(name);
      }
      if (repository.kvkNumberTaken(profile.kvkNumber(), null)) {
        throw new DuplicateKvkNumberException(profile.kvkNumber());
      }
      if (repository.usernameTaken(username)) {
        throw new DuplicateUsernameException(username);
      }
      Instant now = clock.instant();
      UUID organisation = UUID.randomUUID();
      repository.insertOrganisation(organisation, name, OrganisationType.AANBIEDER, OrganisationStatus.AANGEMELD, now);
      repository.saveProfile(withIdentity(profile, organisation, now));
      repository.insertProviderAccount(
          UUID.randomUUID(),
          username,
          registration.displayName().strip(),
          registration.email().strip(),
          hasher.hash(registration.password()),
          organisation,
          true,
          true,
          now);
      return load(organisation);
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Provider> pending(Actor actor) {
    requireBeheerder(actor);
    return repository.organisationsWithStatus(OrganisationStatus.AANGEMELD).stream().map(this::load).toList();
  }

  @Override
  public Provider approve(Actor actor, OrganisationId organisation) {
    return decide(actor, organisation, OrganisationStatus.ACTIEF, null);
  }

  @Override
  public Provider reject(Actor actor, OrganisationId organisation, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidProviderDataException("reason", "catalogue.provider.reason.required");
    }
    if (reason.strip().length() > MAX_REASON_LENGTH) {
      throw new InvalidProviderDataException("reason", "catalogue.provider.reason.size");
    }
    return decide(actor, organisation, OrganisationStatus.AFGEWEZEN, reason.strip());
  }

  private Provider decide(Actor actor, OrganisationId id, OrganisationStatus decision, String reason) {
    requireBeheerder(actor);
    return repository.inTransaction(() -> {
      OrganisationRow organisation = provider(id.value()).orElseThrow(() -> new UnknownOrganisationException(id));
      if (organisation.status() != OrganisationStatus.AANGEMELD) {
        throw new CannotDecideRegistrationException(organisation.name());
      }
      repository.setStatus(organisation.id(), decision, actor.account().value(), reason, clock.instant());
      return load(organisation.id());
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Provider> provider(Actor actor, OrganisationId organisation) {
    if (!actor.hasRole(Role.BEHEERDER) && !actor.actsFor(organisation)) {
      return Optional.empty();
    }
    return provider(organisation.value()).map(row -> load(row.id()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OrganisationStatus> status(OrganisationId organisation) {
    return repository.organisation(organisation.value()).map(OrganisationRow::status);
  }

  @Override
  public Provider updateProfile(Actor actor, OrganisationId organisation, ProviderProfile profile) {
    return repository.inTransaction(() -> {
      if (!actor.hasRole(Role.BEHEERDER)) {
        requireOrganisationAdmin(actor, organisation);
      }
      OrganisationRow row = provider(organisation.value()).orElseThrow(() -> new UnknownOrganisationException(organisation));
      Optional<ProfileRow> old = repository.profile(row.id());
      ProfileRow updated = canonical(row.id(), profile, old.map(ProfileRow::registeredAt).orElse(clock.instant()));
      if (repository.kvkNumberTaken(updated.kvkNumber(), row.id())) {
        throw new DuplicateKvkNumberException(updated.kvkNumber());
      }
      repository.saveProfile(updated);
      return load(row.id());
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isOrganisationAdmin(AccountId account) {
    return repository.account(account.value()).map(a -> a.active() && a.organisationAdmin()).orElse(false);
  }

  @Override
  public void setOrganisationAdmin(Actor actor, AccountId account, boolean admin) {
    requireBeheerder(actor);
    repository.inTransaction(() -> {
      AccountRow row = repository.account(account.value()).filter(AccountRow::aanbieder)
          .orElseThrow(ProviderAccessDeniedException::new);
      repository.setOrganisationAdmin(row.id(), admin);
      return null;
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Colleague> colleagues(Actor actor) {
    if (actor.organisation() == null || !actor.hasRole(Role.AANBIEDER)) {
      throw new ProviderAccessDeniedException();
    }
    return repository.accountsOf(actor.organisation().value()).stream().map(DefaultProviderService::colleague).toList();
  }

  @Override
  public Invitation invite(Actor actor, NewColleague colleague) {
    return repository.inTransaction(() -> {
      OrganisationRow organisation = requireOrganisationAdmin(actor, actor.organisation());
      requireEmail("email", colleague.email());
      Instant now = clock.instant();
      UUID account = UUID.randomUUID();
      repository.insertProviderAccount(
          account, null, colleague.displayName().strip(), colleague.email().strip(), null, organisation.id(), false, false, now);
      String token = newToken();
      Instant expires = now.plus(Duration.ofDays(INVITATION_DAYS));
      repository.insertInvitation(sha256(token), account, actor.account().value(), now, expires);
      return new Invitation(
          new AccountId(account), colleague.displayName().strip(), colleague.email().strip(), organisation.name(), token, expires);
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OpenInvitation> invitation(String token) {
    return openInvitation(token).map(open -> {
      AccountRow account = open.account();
      String organisation = repository.organisation(account.organisationId()).map(OrganisationRow::name).orElse("");
      return new OpenInvitation(account.displayName(), account.email(), organisation, open.invitation().expiresAt());
    });
  }

  @Override
  public String acceptInvitation(String token, String username, String password) {
    return repository.inTransaction(() -> {
      OpenRow open = openInvitation(token).orElseThrow(InvalidInvitationException::new);
      String normalised = Account.normaliseUsername(username);
      if (!normalised.matches("[a-z0-9._@-]{3,80}")) {
        throw new InvalidProviderDataException("username", "catalogue.account.username.pattern");
      }
      PasswordPolicy.violation(normalised, password).ifPresent(key -> { throw new PasswordPolicyException(key); });
      if (repository.usernameTaken(normalised)) {
        throw new DuplicateUsernameException(normalised);
      }
      Instant now = clock.instant();
      if (!repository.useInvitation(open.invitation().tokenHash(), now)) {
        throw new InvalidInvitationException(); // accepted by a concurrent request meanwhile
      }
      repository.activate(open.account().id(), normalised, hasher.hash(password), now);
      return normalised;
    });
  }

  // ------------------------------------------------------------------ helpers

  private record OpenRow(ProviderRepository.InvitationRow invitation, AccountRow account) {}

  private Optional<OpenRow> openInvitation(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return repository
        .invitation(sha256(token.strip()))
        .filter(i -> i.usedAt() == null && now.isBefore(i.expiresAt()))
        .flatMap(i -> repository.account(i.accountId()).filter(a -> !a.active()).map(a -> new OpenRow(i, a)));
  }

  private Optional<OrganisationRow> provider(UUID id) {
    return repository.organisation(id).filter(o -> o.type() == OrganisationType.AANBIEDER);
  }

  private static void requireBeheerder(Actor actor) {
    if (!actor.hasRole(Role.BEHEERDER)) {
      throw new ProviderAccessDeniedException();
    }
  }

  /** The actor's organisation when the actor is an active organisation admin of {@code organisation}. */
  private OrganisationRow requireOrganisationAdmin(Actor actor, OrganisationId organisation) {
    if (organisation == null || !actor.hasRole(Role.AANBIEDER) || !actor.actsFor(organisation)) {
      throw new ProviderAccessDeniedException();
    }
    AccountRow account = repository.account(actor.account().value()).orElseThrow(ProviderAccessDeniedException::new);
    if (!account.active() || !account.organisationAdmin() || !organisation.value().equals(account.organisationId())) {
      throw new ProviderAccessDeniedException();
    }
    return provider(organisation.value()).orElseThrow(ProviderAccessDeniedException::new);
  }

  private static void requireEmail(String field, String email) {
    if (email == null || email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
      throw new InvalidProviderDataException(field, "catalogue.account.email.invalid");
    }
  }

  /** The profile in canonical form, or the exception for its first invalid value. */
  private ProfileRow canonical(UUID organisation, ProviderProfile p, Instant registeredAt) {
    String kvk = KvkNumber.parse(p.kvkNumber()).value();
    String crkbo = p.crkboNumber() == null || p.crkboNumber().isBlank()
        ? null
        : new CrkboRegistration(CrkboRegistration.Kind.INSTELLING, p.crkboNumber()).number();
    String postcode = OfferingLocation.at(p.postcode(), orPlaceholder(p.place())).postcode();
    requireEmail("contactEmail", p.contactEmail());
    Set<String> known = repository.regions().stream().map(Region::code).collect(Collectors.toSet());
    Set<String> regions = new LinkedHashSet<>();
    for (String code : p.regions()) {
      if (code == null || !known.contains(code)) {
        throw new InvalidProviderDataException("regions", "catalogue.provider.regions.unknown", String.valueOf(code));
      }
      regions.add(code);
    }
    if (regions.isEmpty()) {
      throw new InvalidProviderDataException("regions", "catalogue.provider.regions.required");
    }
    return new ProfileRow(
        organisation,
        kvk,
        crkbo,
        required("street", p.street(), 200, "catalogue.provider.street.required"),
        required("houseNumber", p.houseNumber(), 20, "catalogue.provider.houseNumber.required"),
        postcode,
        required("place", p.place(), 100, "catalogue.provider.place.required"),
        List.copyOf(regions),
        required("contactName", p.contactName(), 200, "catalogue.provider.contactName.required"),
        p.contactEmail().strip(),
        phone(p.contactPhone()),
        website(p.website()),
        registeredAt,
        null);
  }

  private static String orPlaceholder(String place) {
    return place == null || place.isBlank() ? "-" : place; // the place is checked on its own below
  }

  private static String required(String field, String text, int max, String key) {
    if (text == null || text.isBlank()) {
      throw new InvalidProviderDataException(field, key);
    }
    if (text.strip().length() > max) {
      throw new InvalidProviderDataException(field, key.replace(".required", ".size"));
    }
    return text.strip();
  }

  private static String phone(String phone) {
    String p = required("contactPhone", phone, 30, "catalogue.provider.contactPhone.required");
    if (!PHONE.matcher(p).matches()) {
      throw new InvalidProviderDataException("contactPhone", "catalogue.provider.contactPhone.invalid");
    }
    return p;
  }

  private static String website(String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    String w = website.strip();
    if (w.length() > 300 || w.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidProviderDataException("website", "catalogue.provider.website.invalid");
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      if (lower.contains("://")) {
        throw new InvalidProviderDataException("website", "catalogue.provider.website.invalid"); // no javascript: or ftp:
      }
      w = "https://" + w;
    }
    return w;
  }

  private static ProfileRow withIdentity(ProfileRow p, UUID organisation, Instant registeredAt) {
    return new ProfileRow(
        organisation, p.kvkNumber(), p.crkboNumber(), p.street(), p.houseNumber(), p.postcode(), p.place(), p.regions(),
        p.contactName(), p.contactEmail(), p.contactPhone(), p.website(), registeredAt, null);
  }

  private Provider load(UUID organisationId) {
    OrganisationRow organisation = repository.organisation(organisationId).orElseThrow();
    Optional<ProfileRow> row = repository.profile(organisationId);
    Map<String, Region> regions = repository.regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
    ProviderProfile profile = row.map(p -> new ProviderProfile(
            p.kvkNumber(), p.crkboNumber(), p.street(), p.houseNumber(), p.postcode(), p.place(), p.regions(),
            p.contactName(), p.contactEmail(), p.contactPhone(), p.website()))
        .orElse(null);
    List<Region> served = new ArrayList<>();
    row.ifPresent(p -> p.regions().forEach(code -> served.add(regions.get(code))));
    return new Provider(
        new OrganisationSummary(new OrganisationId(organisation.id()), organisation.name(), organisation.type()),
        organisation.status(),
        profile,
        List.copyOf(served),
        row.map(ProfileRow::registeredAt).orElse(null),
        row.map(ProfileRow::rejectionReason),
        repository.firstAdmin(organisationId).map(DefaultProviderService::colleague));
  }

  private static Colleague colleague(AccountRow a) {
    return new Colleague(
        new AccountId(a.id()), a.displayName(), a.username() == null ? "" : a.username(), a.email(), a.active(),
        a.organisationAdmin(), a.invitationOpen());
  }

  /** 32 random bytes, URL-safe: the secret in the invitee's link. */
  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
