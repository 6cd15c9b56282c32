package nl.vakwijzer.catalogue.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.domain.CasePackageReader;
import nl.vakwijzer.catalogue.domain.CasePackageValidator;
import nl.vakwijzer.catalogue.domain.CaseReadResult;
import nl.vakwijzer.catalogue.domain.FrameworkRepository;

/**
 * Loads the reference frameworks shipped in {@code frameworks/} on the classpath, in the order
 * of {@code frameworks/index.json} (later packages refer to items of earlier ones), as published,
 * read-only versions.
 *
 * <p>Idempotent: a package already stored with the same content is skipped. A shipped package
 * that does not validate is a build defect and stops the load with the validation errors.
 */
final class ReferenceFrameworkLoader {
  static final String DIRECTORY = "frameworks/";
  static final String INDEX = DIRECTORY + "index.json";

  private static final Logger LOG = Logger.getLogger(ReferenceFrameworkLoader.class.getName());

  private final FrameworkRepository frameworks;
  private final CasePackageReader reader;
  private final ClassLoader classLoader;

  ReferenceFrameworkLoader(FrameworkRepository frameworks, CasePackageReader reader) {
    this.frameworks = frameworks;
    this.reader = reader;
    this.classLoader = ReferenceFrameworkLoader.class.getClassLoader();
  }

  List<ImportResult> load() {
    long start = System.nanoTime();
    List<ImportResult> results = new ArrayList<>();
    for (String file : index()) {
      CaseReadResult read = reader.read(resource(DIRECTORY + file));
      if (!read.readable()) {
        throw CasePackageValidator.refusal(read.errors());
      }
      results.add(frameworks.importPackage(read.casePackage(), read.errors(), FrameworkStatus.GEPUBLICEERD, true));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long created = results.stream().filter(r -> r.outcome() == ImportResult.Outcome.CREATED).count();
    LOG.info(
        () -> "Reference frameworks: " + created + " loaded, " + (results.size() - created)
            + " already present, in " + millis + " ms");
    return results;
  }

  List<String> index() {
    try (JsonReader json = Json.createReader(new ByteArrayInputStream(resource(INDEX)))) {
      JsonArray files = json.readArray();
      return files.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
  }

  private byte[] resource(String name) {
    try (InputStream in = classLoader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Reference framework resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
