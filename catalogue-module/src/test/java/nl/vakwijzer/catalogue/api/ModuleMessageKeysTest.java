package nl.vakwijzer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message key the module services can produce (exceptions, statuses, attachment kinds) has a
 * Dutch and an English text; read from the web module's source tree like {@link
 * ProviderMessageKeysTest}, skipped when it is absent.
 */
class ModuleMessageKeysTest {

  static List<String> keys() {
    var keys = new ArrayList<String>(List.of(
        UnknownModuleException.KEY,
        ConcurrentModuleChangeException.KEY,
        ModuleNotEditableException.KEY,
        SubmissionRefusedException.KEY,
        SubmissionRefusedException.NOT_APPROVED_KEY,
        SubmissionRefusedException.NEEDS_ACCREDITATION_KEY,
        SubmissionRefusedException.NOT_ACCREDITED_KEY,
        IllegalModuleTransitionException.KEY,
        InvalidAttachmentException.WRONG_TYPE_KEY,
        InvalidAttachmentException.TOO_LARGE_KEY,
        InvalidAttachmentException.EMPTY_KEY));
    Arrays.stream(AttachmentKind.values()).map(AttachmentKind::messageKey).forEach(keys::add);
    Arrays.stream(ModuleVersionStatus.values()).map(ModuleVersionStatus::messageKey).forEach(keys::add);
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyModuleKeyHasAText(String language) throws IOException {
    Path bundle = Path.of("../web-module/src/main/resources/nl/vakwijzer/web/i18n/messages_" + language + ".properties");
    assumeTrue(Files.exists(bundle), "web-module sources not next to this module");
    var properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    assertThat(keys()).allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
  }
}
