package nl.vakwijzer.accreditation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the module uses (exception keys, keys in Bean Validation messages, enum
 * labels) has a Dutch and an English text in the web module's bundles.
 */
class AccreditationMessageKeysTest {
  private static final Path BUNDLES = Path.of("../web-module/src/main/resources/nl/vakwijzer/web/i18n");

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static Set<String> usedKeys() throws IOException {
    Pattern literal = Pattern.compile("\"\\{?(accreditation\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\\}?\"");
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    for (ApplicationState s : ApplicationState.values()) {
      keys.add(s.messageKey());
      if (s.catalogueStage() != null) {
        keys.add("accreditation.stage." + s.catalogueStage());
      }
    }
    for (Score s : Score.values()) {
      keys.add(s.messageKey());
    }
    for (CriterionGroup g : CriterionGroup.values()) {
      keys.add(g.messageKey());
    }
    for (VerdictType v : VerdictType.values()) {
      keys.add(v.messageKey());
    }
    for (DecisionOutcome o : DecisionOutcome.values()) {
      keys.add(o.messageKey());
    }
    for (ServiceLevelStage stage : ServiceLevelStage.values()) {
      keys.add(stage.messageKey());
    }
    for (LeadTimePhase phase : LeadTimePhase.values()) {
      keys.add(phase.messageKey());
    }
    for (CertificateStatus c : CertificateStatus.values()) {
      keys.add(c.messageKey());
    }
    for (NotificationKind k : NotificationKind.values()) {
      keys.add(k.messageKey());
    }
    return keys;
  }

  @Test
  void everyKeyHasADutchAndAnEnglishText() throws IOException {
    Properties nl = load("messages_nl.properties");
    Properties en = load("messages_en.properties");
    Set<String> keys = usedKeys();
    assertThat(keys).hasSizeGreaterThan(80);
    assertThat(keys).allSatisfy(k -> {
      assertThat(nl.getProperty(k)).as("nl " + k).isNotBlank();
      assertThat(en.getProperty(k)).as("en " + k).isNotBlank();
    });
  }
}
