package nl.vakwijzer.catalogue.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.DuplicateKvkNumberException;
import nl.vakwijzer.catalogue.api.DuplicateOrganisationException;
import nl.vakwijzer.catalogue.api.DuplicateUsernameException;
import nl.vakwijzer.catalogue.api.OrganisationStatus;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.Region;
import nl.vakwijzer.catalogue.domain.ProviderRepository;

/**
 * Providers in PostgreSQL through plain JDBC, like the framework repositories: a plain class on a
 * {@link DataSource}, so tests run it on an embedded PostgreSQL. In the container its connections
 * take part in the caller's JTA transaction; on a plain DataSource {@link #inTransaction} commits
 * or rolls back the whole unit of work itself.
 *
 * <p>The account and organisation rows it writes are also JPA entities of this module; the
 * persistence unit keeps no shared cache, so JPA reads see these writes.
 */
public final class JdbcProviderRepository implements ProviderRepository {
  private final DataSource dataSource;
  private final JdbcFrameworkRepository.TransactionMode mode;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  public JdbcProviderRepository(DataSource dataSource, JdbcFrameworkRepository.TransactionMode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (mode == JdbcFrameworkRepository.TransactionMode.CONTAINER || current.get() != null) {
      return work.get();
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      current.set(c);
      try {
        T result = work.get();
        c.commit();
        return result;
      } catch (RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        current.remove();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T with(Work<T> work) {
    Connection open = current.get();
    try {
      if (open != null) {
        return work.run(open);
      }
      try (Connection c = dataSource.getConnection()) {
        return work.run(c);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      if (p instanceof Instant instant) {
        s.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
      } else {
        s.setObject(i + 1, p);
      }
    }
    return s;
  }

  private int update(String sql, Object... parameters) {
    return with(c -> {
      try (PreparedStatement s = prepare(c, sql, parameters)) {
        return s.executeUpdate();
      } catch (SQLException e) {
        throw duplicateOr(e);
      }
    });
  }

  /**
   * A unique index hit by a concurrent registration (after the service's own checks passed)
   * becomes the same duplicate exception as the check would have raised; anything else stays an
   * SQL error.
   */
  private static SQLException duplicateOr(SQLException e) {
    if (!"23505".equals(e.getSQLState()) || e.getMessage() == null) {
      return e;
    }
    String message = e.getMessage();
    // PostgreSQL's detail: Key (username)=(anna) already exists.
    java.util.regex.Matcher key = java.util.regex.Pattern.compile("\\)=\\((.*)\\) already exists").matcher(message);
    String value = key.find() ? key.group(1) : "";
    if (message.contains("organisation_name_uq")) {
      throw new DuplicateOrganisationException(value);
    }
    if (message.contains("provider_profile_kvk_uq")) {
      throw new DuplicateKvkNumberException(value);
    }
    if (message.contains("account_username_uq")) {
      throw new DuplicateUsernameException(value);
    }
    return e;
  }

  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    return with(c -> {
      try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    });
  }

  private <T> Optional<T> single(String sql, RowMapper<T> mapper, Object... parameters) {
    return query(sql, mapper, parameters).stream().findFirst();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  @Override
  public List<Region> regions() {
    return query("select code, name from catalogue.region order by position", rs -> new Region(rs.getString(1), rs.getString(2)));
  }

  @Override
  public Optional<OrganisationRow> organisation(UUID id) {
    return single(
        "select id, name, type, status from catalogue.organisation where id = ?",
        rs -> new OrganisationRow(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            OrganisationType.valueOf(rs.getString(3)),
            OrganisationStatus.valueOf(rs.getString(4))),
        id);
  }

  @Override
  public boolean organisationNameTaken(String name) {
    return single("select 1 from catalogue.organisation where lower(name) = lower(?)", rs -> 1, name.strip()).isPresent();
  }

  @Override
  public boolean kvkNumberTaken(String kvkNumber, UUID exceptOrganisation) {
    return single(
            "select 1 from catalogue.provider_profile where kvk_number = ? and organisation_id <> ?",
            rs -> 1,
            kvkNumber,
            exceptOrganisation == null ? new UUID(0, 0) : exceptOrganisation)
        .isPresent();
  }

  @Override
  public boolean usernameTaken(String normalisedUsername) {
    return single("select 1 from catalogue.account where username = ?", rs -> 1, normalisedUsername).isPresent();
  }

  @Override
  public void insertOrganisation(UUID id, String name, OrganisationType type, OrganisationStatus status, Instant at) {
    update(
        "insert into catalogue.organisation (id, name, type, status, created_at) values (?, ?, ?, ?, ?)",
        id, name, type.name(), status.name(), at);
  }

  @Override
  public void setStatus(UUID organisation, OrganisationStatus status, UUID decidedBy, String rejectionReason, Instant at) {
    update(
        "update catalogue.organisation set status = ?, version = version + 1 where id = ?", status.name(), organisation);
    update(
        "update catalogue.provider_profile set decided_at = ?, decided_by = ?, rejection_reason = ?,"
            + " version = version + 1 where organisation_id = ?",
        at, decidedBy, rejectionReason, organisation);
  }

  @Override
  public Optional<ProfileRow> profile(UUID organisation) {
    List<String> regions =
        query(
            "select r.code from catalogue.provider_region p join catalogue.region r on r.code = p.region_code"
                + " where p.organisation_id = ? order by r.position",
            rs -> rs.getString(1),
            organisation);
    return single(
        "select organisation_id, kvk_number, crkbo_number, street, house_number, postcode, place, contact_name,"
            + " contact_email, contact_phone, website, registered_at, rejection_reason"
            + " from catalogue.provider_profile where organisation_id = ?",
        rs -> new ProfileRow(
            rs.getObject("organisation_id", UUID.class),
            rs.getString("kvk_number"),
            rs.getString("crkbo_number"),
            rs.getString("street"),
            rs.getString("house_number"),
            rs.getString("postcode"),
            rs.getString("place"),
            regions,
            rs.getString("contact_name"),
            rs.getString("contact_email"),
            rs.getString("contact_phone"),
            rs.getString("website"),
            instant(rs, "registered_at"),
            rs.getString("rejection_reason")),
        organisation);
  }

  @Override
  public void saveProfile(ProfileRow p) {
    int changed =
        update(
            "update catalogue.provider_profile set kvk_number = ?, crkbo_number = ?, street = ?, house_number = ?,"
                + " postcode = ?, place = ?, contact_name = ?, contact_email = ?, contact_phone = ?, website = ?,"
                + " version = version + 1 where organisation_id = ?",
            p.kvkNumber(), p.crkboNumber(), p.street(), p.houseNumber(), p.postcode(), p.place(), p.contactName(),
            p.contactEmail(), p.contactPhone(), p.website(), p.organisationId());
    if (changed == 0) {
      update(
          "insert into catalogue.provider_profile (organisation_id, kvk_number, crkbo_number, street, house_number,"
              + " postcode, place, contact_name, contact_email, contact_phone, website, registered_at)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          p.organisationId(), p.kvkNumber(), p.crkboNumber(), p.street(), p.houseNumber(), p.postcode(), p.place(),
          p.contactName(), p.contactEmail(), p.contactPhone(), p.website(), p.registeredAt());
    }
    update("delete from catalogue.provider_region where organisation_id = ?", p.organisationId());
    for (String region : p.regions()) {
      update("insert into catalogue.provider_region (organisation_id, region_code) values (?, ?)", p.organisationId(), region);
    }
  }

  @Override
  public List<UUID> organisationsWithStatus(OrganisationStatus status) {
    return query(
        "select o.id from catalogue.organisation o left join catalogue.provider_profile p on p.organisation_id = o.id"
            + " where o.status = ? and o.type = 'AANBIEDER' order by coalesce(p.registered_at, o.created_at), o.name",
        rs -> rs.getObject(1, UUID.class),
        status.name());
  }

  private static final String ACCOUNT_COLUMNS =
      "a.id, a.username, a.display_name, a.email, a.organisation_id, a.active, a.organisation_admin,"
          + " exists (select 1 from catalogue.invitation i where i.account_id = a.id and i.used_at is null) and not a.active,"
          + " exists (select 1 from catalogue.account_role r where r.account_id = a.id and r.role = 'AANBIEDER')";

  private static AccountRow account(ResultSet rs) throws SQLException {
    return new AccountRow(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, UUID.class),
        rs.getBoolean(6),
        rs.getBoolean(7),
        rs.getBoolean(8),
        rs.getBoolean(9));
  }

  @Override
  public Optional<AccountRow> account(UUID id) {
    return single("select " + ACCOUNT_COLUMNS + " from catalogue.account a where a.id = ?", JdbcProviderRepository::account, id);
  }

  @Override
  public Optional<AccountRow> firstAdmin(UUID organisation) {
    return single(
        "select " + ACCOUNT_COLUMNS + " from catalogue.account a where a.organisation_id = ? and a.organisation_admin"
            + " order by a.created_at limit 1",
        JdbcProviderRepository::account,
        organisation);
  }

  @Override
  public List<AccountRow> accountsOf(UUID organisation) {
    return query(
        "select " + ACCOUNT_COLUMNS + " from catalogue.account a where a.organisation_id = ?"
            + " order by lower(a.display_name), a.username",
        JdbcProviderRepository::account,
        organisation);
  }

  @Override
  public void insertProviderAccount(
      UUID id, String username, String displayName, String email, String passwordHash, UUID organisation,
      boolean active, boolean organisationAdmin, Instant at) {
    update(
        "insert into catalogue.account (id, username, display_name, email, password_hash, organisation_id, active,"
            + " organisation_admin, created_at, password_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, username, displayName, email, passwordHash, organisation, active, organisationAdmin, at,
        passwordHash == null ? null : at);
    update("insert into catalogue.account_role (account_id, role) values (?, 'AANBIEDER')", id);
  }

  @Override
  public void setOrganisationAdmin(UUID account, boolean admin) {
    update("update catalogue.account set organisation_admin = ?, version = version + 1 where id = ?", admin, account);
  }

  @Override
  public void activate(UUID account, String username, String passwordHash, Instant at) {
    update(
        "update catalogue.account set username = ?, password_hash = ?, active = true, password_changed_at = ?,"
            + " version = version + 1 where id = ?",
        username, passwordHash, at, account);
  }

  @Override
  public void insertInvitation(String tokenHash, UUID account, UUID invitedBy, Instant at, Instant expiresAt) {
    update(
        "insert into catalogue.invitation (token_hash, account_id, invited_by, created_at, expires_at) values (?, ?, ?, ?, ?)",
        tokenHash, account, invitedBy, at, expiresAt);
  }

  @Override
  public Optional<InvitationRow> invitation(String tokenHash) {
    return single(
        "select token_hash, account_id, expires_at, used_at from catalogue.invitation where token_hash = ?",
        rs -> new InvitationRow(rs.getString(1), rs.getObject(2, UUID.class), instant(rs, "expires_at"), instant(rs, "used_at")),
        tokenHash);
  }

  @Override
  public boolean useInvitation(String tokenHash, Instant at) {
    return update("update catalogue.invitation set used_at = ? where token_hash = ? and used_at is null", at, tokenHash) == 1;
  }

}
