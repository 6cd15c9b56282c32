package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.domain.CasePackageReader;
import nl.vakwijzer.catalogue.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's round trip: export every reference framework, import the exports into an empty
 * database, and find the same items and associations there.
 */
class CaseRoundTripTest {
  private static final String ITEMS =
      "select id, human_code, item_type, full_statement, abbreviated_statement, notes, language, uri,"
          + " extensions::text, position, last_change_at from catalogue.framework_item"
          + " where framework_id = ? order by position";
  private static final String ASSOCIATIONS =
      "select id, association_type, origin_item_id, destination_item_id, sequence_number, notes, uri,"
          + " position, last_change_at from catalogue.framework_association where framework_id = ? order by position";
  private static final String DOCUMENT =
      "select id, uri, code, version, title, creator, publisher, description, adoption_status, language, notes,"
          + " source_file, source_section, publication_date, official_source_url, extensions::text,"
          + " last_change_at, content_hash from catalogue.framework where id = ?";

  private final DataSource source = FrameworkTestSupport.databaseWithReferenceFrameworks();
  private final DefaultFrameworkService exporter = FrameworkTestSupport.serviceOn(source);

  @Test
  void exportingEveryFrameworkAndImportingItIntoAnEmptyDatabaseGivesTheSameItemsAndAssociations() {
    DataSource empty = TestDatabases.migrated();
    DefaultFrameworkService importer = FrameworkTestSupport.serviceOn(empty);
    assertThat(FrameworkTestSupport.tableSizes(empty)).isEqualTo("0/0/0");

    // the shipped load order: later frameworks link to items of earlier ones
    List<FrameworkId> frameworks = shippedFrameworksInLoadOrder();
    for (FrameworkId framework : frameworks) {
      byte[] export = exporter.exportPackage(framework).toString().getBytes(StandardCharsets.UTF_8);

      ImportResult imported = importer.importPackage(new ByteArrayInputStream(export));

      assertThat(imported.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
      assertThat(imported.frameworkId()).isEqualTo(framework);
    }

    assertThat(frameworks).hasSize(7);
    assertThat(FrameworkTestSupport.tableSizes(empty)).isEqualTo(FrameworkTestSupport.tableSizes(source));
    for (FrameworkId framework : frameworks) {
      assertThat(rows(empty, ITEMS, framework)).as("items of " + framework).isEqualTo(rows(source, ITEMS, framework));
      assertThat(rows(empty, ASSOCIATIONS, framework))
          .as("associations of " + framework)
          .isEqualTo(rows(source, ASSOCIATIONS, framework));
      // equal content hashes: the document, every item and every association read back the same
      assertThat(rows(empty, DOCUMENT, framework)).as("document " + framework).isEqualTo(rows(source, DOCUMENT, framework));
    }
  }

  private static List<FrameworkId> shippedFrameworksInLoadOrder() {
    List<FrameworkId> ids = new ArrayList<>();
    for (String file : new ReferenceFrameworkLoader(null, new CasePackageReader()).index()) {
      try (InputStream in = CaseRoundTripTest.class.getClassLoader().getResourceAsStream("frameworks/" + file);
          JsonReader reader = Json.createReader(in)) {
        ids.add(FrameworkId.of(reader.readObject().getJsonObject("CFDocument").getString("identifier")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ids;
  }

  /** Every row of the query as a list of column values. */
  private static List<List<Object>> rows(DataSource dataSource, String sql, FrameworkId framework) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, framework.value());
      try (ResultSet rs = s.executeQuery()) {
        List<List<Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            Object value = rs.getObject(i);
            row.add(value instanceof java.sql.Timestamp t ? t.toInstant() : value);
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
