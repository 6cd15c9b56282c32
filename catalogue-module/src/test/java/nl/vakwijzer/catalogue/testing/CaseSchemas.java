package nl.vakwijzer.catalogue.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 1EdTech CASE 1.1 JSON schemas ({@code ../shared/schemas/case-v1p1}, JSON Schema draft
 * 2019-09), for checking what Vakwijzer writes.
 *
 * <p>The schemas' {@code $id}s ({@code https://purl.imsglobal.org/...}) are served from the local
 * files, so nothing is fetched. Format assertions are switched on: draft 2019-09 treats
 * {@code format} as an annotation only, but CASE relies on {@code uuid}, {@code date} and
 * {@code date-time} being right. The folder is the system property {@code vakwijzer.schemas}
 * (set by the build), else {@code ../../shared/schemas} from the module directory. Shared with
 * web-module's integration tests through this module's test-jar.
 */
public final class CaseSchemas {
  public static final String CF_PACKAGE = "case_v1p1_cfpackage-jsonschema1.json";
  public static final String CF_ITEM = "case_v1p1_cfitem-jsonschema1.json";
  public static final String CF_ASSOCIATION = "case_v1p1_cfassociation-jsonschema1.json";
  public static final String CF_DOCUMENT_SET = "case_v1p1_cfdocumentset-jsonschema1.json";

  private static final String ID_PREFIX = "https://purl.imsglobal.org/spec/case/v1p1/schema/json/";
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static SchemaRegistry registry;

  private CaseSchemas() {}

  /** The folder holding {@code case-v1p1/}. */
  public static Path folder() {
    String configured = System.getProperty("vakwijzer.schemas");
    Path folder = configured != null ? Path.of(configured) : Path.of("../../shared/schemas");
    if (!Files.isDirectory(folder.resolve("case-v1p1"))) {
      throw new IllegalStateException("CASE schemas not found in " + folder.toAbsolutePath().normalize());
    }
    return folder.toAbsolutePath().normalize();
  }

  /** The problems the schema finds in the JSON, as "/json/pointer: message"; empty when it is valid. */
  public static List<String> problems(String schemaFile, JsonObject json) {
    List<Error> errors = schema(schemaFile).validate(json.toString(), InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static Schema schema(String schemaFile) {
    return SCHEMAS.computeIfAbsent(
        schemaFile, file -> registry().getSchema(SchemaLocation.of(ID_PREFIX + file)));
  }

  private static synchronized SchemaRegistry registry() {
    if (registry == null) {
      Path local = folder().resolve("case-v1p1");
      registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2019_09,
              builder ->
                  builder
                      .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                      // the library fetches nothing remote by default; serve the $ids from the files
                      .schemas(iri -> iri.startsWith(ID_PREFIX) ? read(local.resolve(iri.substring(ID_PREFIX.length()))) : null));
    }
    return registry;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
