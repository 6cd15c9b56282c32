package nl.vakwijzer.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Role;

/**
 * A person who can sign in. The username is unique and stored in lower case; only a PBKDF2 hash
 * of the password is kept.
 */
@Entity
@Table(schema = "catalogue", name = "account")
@NamedQuery(name = "Account.all", query = "select a from Account a order by a.username")
@NamedQuery(name = "Account.byUsername", query = "select a from Account a where a.username = :username")
public class Account {
  @Id private UUID id;

  @Column(nullable = false, length = 80, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(schema = "catalogue", name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "password_changed_at")
  private OffsetDateTime passwordChangedAt;

  @Version private long version;

  protected Account() {}

  public Account(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      Organisation organisation,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.username = normaliseUsername(username);
    this.displayName = displayName.strip();
    this.email = email.strip();
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.organisation = organisation;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC); // EclipseLink 4 maps OffsetDateTime, not Instant
    this.passwordChangedAt = this.createdAt;
  }

  /** Usernames compare case-insensitively: they are stored and looked up in lower case. */
  public static String normaliseUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public AccountId id() {
    return new AccountId(id);
  }

  public void changePasswordHash(String newHash, Instant at) {
    this.passwordHash = newHash;
    this.passwordChangedAt = at.atOffset(ZoneOffset.UTC);
  }

  public AccountSummary toSummary() {
    return new AccountSummary(
        id(),
        username,
        displayName,
        email,
        roles(),
        Optional.ofNullable(organisation).map(Organisation::toSummary),
        active,
        createdAt.toInstant());
  }
}
