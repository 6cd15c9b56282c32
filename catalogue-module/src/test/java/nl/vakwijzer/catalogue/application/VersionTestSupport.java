package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkEditingRepository;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.testing.CasePackageBuilder;
import org.assertj.core.api.ThrowableAssert;

/**
 * The two framework services on one test database, and the small framework most version tests
 * start from: a competency with three behaviour examples and a task, imported and published.
 */
final class VersionTestSupport {
  final DataSource db;
  final DefaultFrameworkService frameworks;
  final DefaultFrameworkEditingService editing;

  private VersionTestSupport(DataSource db) {
    this.db = db;
    this.frameworks = FrameworkTestSupport.serviceOn(db);
    this.editing =
        new DefaultFrameworkEditingService(
            new JdbcFrameworkEditingRepository(db, JdbcFrameworkRepository.TransactionMode.LOCAL), Clock.systemUTC());
  }

  /** A database of its own holding the reference frameworks. */
  static VersionTestSupport withReferenceFrameworks() {
    return new VersionTestSupport(FrameworkTestSupport.databaseWithReferenceFrameworks());
  }

  /**
   * Imports the test framework with this code as a concept:
   * <pre>
   *   C.ANALYSE (competency)          C.TAAK (task)
   *     C.ANALYSE.1 .. C.ANALYSE.3 (behaviour examples)
   * </pre>
   */
  FrameworkId importSmallFramework(String code) {
    byte[] json = smallFramework(code).bytes();
    ImportResult result = frameworks.importPackage(new ByteArrayInputStream(json));
    assertThat(result.status()).isEqualTo(FrameworkStatus.CONCEPT);
    return result.frameworkId();
  }

  static CasePackageBuilder smallFramework(String code) {
    return CasePackageBuilder.framework(code)
        .item("C.ANALYSE", "COMPETENCY", "Analyseert de hulpvraag van de cliënt.")
        .item("C.ANALYSE.1", "BEHAVIOUR_EXAMPLE", "Vraagt door op de situatie.")
        .item("C.ANALYSE.2", "BEHAVIOUR_EXAMPLE", "Vat de hulpvraag samen.")
        .item("C.ANALYSE.3", "BEHAVIOUR_EXAMPLE", "Toetst de analyse bij de cliënt.")
        .item("C.TAAK", "TASK", "Voert het intakegesprek.")
        .childOf("C.ANALYSE.1", "C.ANALYSE", 1)
        .childOf("C.ANALYSE.2", "C.ANALYSE", 2)
        .childOf("C.ANALYSE.3", "C.ANALYSE", 3);
  }

  /** Imports the small framework and publishes it: version 1, GEPUBLICEERD. */
  FrameworkId publishedSmallFramework(String code) {
    FrameworkId id = importSmallFramework(code);
    editing.publish(id, version(id).revision());
    return id;
  }

  FrameworkVersion version(FrameworkId id) {
    return editing.version(id).orElseThrow();
  }

  /** The items of a version by human code. */
  Map<String, EditableItem> items(FrameworkId id) {
    return editing.items(id).stream().collect(Collectors.toMap(EditableItem::humanCode, Function.identity()));
  }

  List<String> codes(FrameworkId id) {
    return editing.items(id).stream().map(EditableItem::humanCode).toList();
  }

  String tableSizes() {
    return FrameworkTestSupport.tableSizes(db);
  }

  long count(String sql, Object... parameters) {
    return FrameworkTestSupport.queryLong(db, sql, parameters);
  }

  /** Asserts that the call is refused with this key and that no table changed size. */
  <E extends CatalogueException> E assertRefused(
      Class<E> type, String key, ThrowableAssert.ThrowingCallable call) {
    String before = tableSizes();
    String revisions = revisions();
    E refusal = catchThrowableOfType(type, call);
    assertThat(refusal).as("expected " + type.getSimpleName() + " " + key).isNotNull();
    assertThat(refusal.messageKey()).isEqualTo(key);
    assertThat(tableSizes()).as("table sizes after the refusal").isEqualTo(before);
    assertThat(revisions()).as("framework revisions after the refusal").isEqualTo(revisions);
    return refusal;
  }

  /** Every framework's id, status and revision: any change to any version shows here. */
  private String revisions() {
    return editing.versions().stream()
        .map(v -> v.id() + ":" + v.status() + ":" + v.revision())
        .collect(Collectors.joining(","));
  }
}
