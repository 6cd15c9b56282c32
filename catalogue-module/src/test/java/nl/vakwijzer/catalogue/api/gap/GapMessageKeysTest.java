package nl.vakwijzer.catalogue.api.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import nl.vakwijzer.catalogue.api.municipality.ConcurrentMunicipalityChangeException;
import nl.vakwijzer.catalogue.api.municipality.InvalidMunicipalityProfileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message key of the gap search and municipality api (the String constants holding a key)
 * has a Dutch and an English text that MessageFormat accepts; read from the web module's source
 * tree like {@code ModuleMessageKeysTest}, skipped when it is absent.
 */
class GapMessageKeysTest {

  static List<String> keys() {
    var keys = new ArrayList<String>();
    for (Class<?> type : List.of(GapReason.class, LearnabilityAdvice.class, InvalidGapInputException.class,
        UnknownGapDataException.class, ConcurrentGapChangeException.class, ImportIssue.class, GapAlert.class,
        InvalidMunicipalityProfileException.class, ConcurrentMunicipalityChangeException.class)) {
      for (Field f : type.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          try {
            String value = (String) f.get(null);
            if (value.contains(".")) {
              keys.add(value);
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    Arrays.stream(FeedbackSource.values()).map(s -> "gap.feedbackSource." + s.name()).forEach(keys::add);
    Arrays.stream(LevelDerivationRule.SourcePolicy.values()).map(s -> "gap.rule.sources." + s.name()).forEach(keys::add);
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyGapKeyHasAText(String language) throws IOException {
    Path bundle = Path.of("../web-module/src/main/resources/nl/vakwijzer/web/i18n/messages_" + language + ".properties");
    assumeTrue(Files.exists(bundle), "web-module sources not next to this module");
    var properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    assertThat(keys()).hasSizeGreaterThan(30).allSatisfy(key -> {
      assertThat(properties.getProperty(key)).as(key).isNotBlank();
      new MessageFormat(properties.getProperty(key));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl"})
  void aReasonReadsAsTheIssueAsks(String language) throws IOException {
    Path bundle = Path.of("../web-module/src/main/resources/nl/vakwijzer/web/i18n/messages_" + language + ".properties");
    assumeTrue(Files.exists(bundle), "web-module sources not next to this module");
    var properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    String closes = new MessageFormat(properties.getProperty(GapReason.CLOSES), java.util.Locale.forLanguageTag("nl"))
        .format(new Object[] {"Probleemanalyse", "Basis", "Vakbekwaam", 5, 7});
    String examples = new MessageFormat(properties.getProperty(GapReason.BEHAVIOUR_EXAMPLES))
        .format(new Object[] {"Probleemanalyse", "1, 3 en 5"});
    assertThat(closes + "; " + examples)
        .isEqualTo("Sluit Probleemanalyse Basis → Vakbekwaam voor 5 van de 7 medewerkers; dekt gedragsvoorbeelden 1, 3 en 5");
  }
}
