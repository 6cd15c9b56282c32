package nl.vakwijzer.accreditation.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationKind;
import nl.vakwijzer.accreditation.domain.Json;
import nl.vakwijzer.accreditation.domain.NotificationRepository;
import nl.vakwijzer.catalogue.api.AccountId;

/** {@code accreditation.notification} through plain JDBC. */
public final class JdbcNotificationRepository extends JdbcSupport implements NotificationRepository {
  private static final String COLUMNS = "id, recipient, application_id, kind, module_title, created_at, read_at, mailed_at,"
      + " array(select key from jsonb_each_text(arguments) order by key) as arg_keys,"
      + " array(select value from jsonb_each_text(arguments) order by key) as arg_values";

  public JdbcNotificationRepository(DataSource dataSource, TransactionMode mode) {
    super(dataSource, mode);
  }

  @Override
  public void add(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return;
    }
    write(c -> {
      for (Notification n : notifications) {
        update(c, "insert into accreditation.notification (id, recipient, application_id, kind, module_title, arguments, created_at)"
                + " values (?, ?, ?, ?, ?, cast(? as jsonb), ?)",
            n.id(), n.recipient().value(), n.application().value(), n.kind(), n.moduleTitle(),
            Json.write(new java.util.TreeMap<>(n.arguments())), n.createdAt());
      }
      return null;
    });
  }

  @Override
  public List<Notification> inbox(AccountId recipient, int limit) {
    return read(c -> query(c, "select " + COLUMNS + " from accreditation.notification where recipient = ?"
        + " order by created_at desc, seq desc limit ?", JdbcNotificationRepository::map, recipient.value(), limit));
  }

  @Override
  public int unreadCount(AccountId recipient) {
    return read(c -> query(c, "select count(*) from accreditation.notification where recipient = ? and read_at is null",
        rs -> rs.getInt(1), recipient.value()).get(0));
  }

  @Override
  public boolean markRead(AccountId recipient, UUID id, Instant at) {
    return write(c -> update(c, "update accreditation.notification set read_at = coalesce(read_at, ?)"
        + " where id = ? and recipient = ?", at, id, recipient.value()) == 1);
  }

  @Override
  public int markAllRead(AccountId recipient, Instant at) {
    return write(c -> update(c, "update accreditation.notification set read_at = ? where recipient = ? and read_at is null",
        at, recipient.value()));
  }

  @Override
  public List<Notification> pendingMail(Instant now, int limit) {
    return read(c -> query(c, "select " + COLUMNS + " from accreditation.notification where mailed_at is null"
        + " and (mail_claimed_until is null or mail_claimed_until < ?) order by created_at, seq limit ?",
        JdbcNotificationRepository::map, now, limit));
  }

  @Override
  public boolean claimMail(UUID id, Instant now, Instant until) {
    return write(c -> update(c, "update accreditation.notification set mail_claimed_until = ?"
        + " where id = ? and mailed_at is null and (mail_claimed_until is null or mail_claimed_until < ?)",
        until, id, now) == 1);
  }

  @Override
  public void mailSent(UUID id, Instant at, String note) {
    write(c -> update(c, "update accreditation.notification set mailed_at = ?, mail_claimed_until = null, mail_error = ?"
        + " where id = ?", at, note, id));
  }

  @Override
  public void mailFailed(UUID id, String reason, Instant retryAt) {
    write(c -> update(c, "update accreditation.notification set mail_attempts = mail_attempts + 1, mail_error = ?,"
        + " mail_claimed_until = ? where id = ? and mailed_at is null", reason, retryAt, id));
  }

  @Override
  public int mailAttempts(UUID id) {
    return read(c -> query(c, "select mail_attempts from accreditation.notification where id = ?", rs -> rs.getInt(1), id))
        .stream().findFirst().orElse(0);
  }

  private static Notification map(ResultSet rs) throws SQLException {
    Map<String, String> arguments = new LinkedHashMap<>();
    String[] keys = strings(rs.getArray("arg_keys"));
    String[] values = strings(rs.getArray("arg_values"));
    for (int i = 0; i < keys.length; i++) {
      arguments.put(keys[i], values[i] == null ? "" : values[i]);
    }
    return new Notification(uuid(rs, "id"), new AccountId(uuid(rs, "recipient")), new ApplicationId(uuid(rs, "application_id")),
        NotificationKind.valueOf(rs.getString("kind")), rs.getString("module_title"), arguments,
        instant(rs, "created_at"), instant(rs, "read_at"), instant(rs, "mailed_at"));
  }

  private static String[] strings(Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }
}
