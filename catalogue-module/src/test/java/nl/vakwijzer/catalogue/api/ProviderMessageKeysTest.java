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
 * Every message key the provider dossier rules can produce, including the ones built from enum
 * names, has a Dutch and an English text. The web module's parity test cannot see keys built at run
 * time, so this test reads the bundles from the source tree (skipped when it is absent).
 */
class ProviderMessageKeysTest {

  static List<String> keys() {
    var keys = new ArrayList<String>();
    keys.add(KvkNumber.INVALID_KEY);
    keys.add(OfferingLocation.POSTCODE_INVALID_KEY);
    keys.add(CrkboRegistration.INVALID_KEY);
    Arrays.stream(CheckRule.values()).map(CheckRule::messageKey).forEach(keys::add);
    Arrays.stream(ChangeConsequence.values())
        .map(ChangeConsequence::verdictMessageKey)
        .forEach(keys::add);
    Arrays.stream(DossierAspect.values()).map(DossierAspect::messageKey).forEach(keys::add);
    Arrays.stream(FindingSeverity.values())
        .map(v -> "catalogue.provider.findingSeverity." + v)
        .forEach(keys::add);
    Arrays.stream(TeachingMethodKind.values())
        .map(v -> "catalogue.provider.teachingMethod." + v)
        .forEach(keys::add);
    Arrays.stream(DeliveryMode.values())
        .map(v -> "catalogue.provider.deliveryMode." + v)
        .forEach(keys::add);
    Arrays.stream(OfferingStatus.values())
        .map(v -> "catalogue.provider.offeringStatus." + v)
        .forEach(keys::add);
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyProviderKeyHasAText(String language) throws IOException {
    Path bundle =
        Path.of(
            "../web-module/src/main/resources/nl/vakwijzer/web/i18n/messages_"
                + language
                + ".properties");
    assumeTrue(Files.exists(bundle), "web-module sources not next to this module");
    var properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    assertThat(keys())
        .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
  }
}
