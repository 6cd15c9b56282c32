package nl.vakwijzer.accreditation.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.api.Affiliation;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.accreditation.domain.AuditorRepository;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/** The auditor pool in PostgreSQL through plain JDBC. */
public final class JdbcAuditorRepository extends JdbcSupport implements AuditorRepository {

  public JdbcAuditorRepository(DataSource dataSource, TransactionMode mode) {
    super(dataSource, mode);
  }

  @Override
  public void save(AuditorProfile p, Instant at) {
    write(c -> {
      update(c, """
          insert into accreditation.auditor
            (account_id, display_name, framework_codes, profile_codes, capacity, active, updated_at)
          values (?, ?, ?, ?, ?, ?, ?)
          on conflict (account_id) do update set display_name = excluded.display_name,
            framework_codes = excluded.framework_codes, profile_codes = excluded.profile_codes,
            capacity = excluded.capacity, active = excluded.active, updated_at = excluded.updated_at""",
          p.account().value(), p.displayName(), new TextArray(p.frameworkCodes()), new TextArray(p.profileCodes()),
          p.capacity(), p.active(), at);
      update(c, "delete from accreditation.auditor_affiliation where account_id = ?", p.account().value());
      for (Affiliation a : p.affiliations()) {
        update(c, """
            insert into accreditation.auditor_affiliation (account_id, organisation_id, valid_from, valid_until, description)
            values (?, ?, ?, ?, ?)""",
            p.account().value(), a.organisation().value(), a.from(), a.until(), a.description());
      }
      return null;
    });
  }

  @Override
  public List<AuditorProfile> all() {
    return read(c -> load(c, "", new Object[0]));
  }

  @Override
  public Optional<AuditorProfile> find(AccountId account) {
    return read(c -> load(c, " where account_id = ?", new Object[] {account.value()})).stream().findFirst();
  }

  private static List<AuditorProfile> load(Connection c, String where, Object[] parameters) throws SQLException {
    record Row(UUID account, String name, java.util.Set<String> frameworks, java.util.Set<String> profiles, int capacity, boolean active) {}
    List<Row> rows = query(c,
        "select account_id, display_name, framework_codes, profile_codes, capacity, active from accreditation.auditor"
            + where + " order by display_name, account_id",
        rs -> new Row(uuid(rs, "account_id"), rs.getString("display_name"), texts(rs, "framework_codes"),
            texts(rs, "profile_codes"), rs.getInt("capacity"), rs.getBoolean("active")),
        parameters);
    List<AuditorProfile> profiles = new ArrayList<>();
    for (Row r : rows) {
      List<Affiliation> affiliations = query(c,
          "select organisation_id, valid_from, valid_until, description from accreditation.auditor_affiliation"
              + " where account_id = ? order by valid_from",
          rs -> new Affiliation(new OrganisationId(uuid(rs, "organisation_id")), date(rs, "valid_from"),
              date(rs, "valid_until"), rs.getString("description")),
          r.account());
      profiles.add(new AuditorProfile(new AccountId(r.account()), r.name(), r.frameworks(), r.profiles(), affiliations,
          r.capacity(), r.active()));
    }
    return profiles;
  }
}
