package nl.vakwijzer.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Dutch and English texts stay in step, and every key the code and pages use exists. */
class BundleParityTest {

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundleParityTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "faces-messages"})
  void dutchAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
    Properties nl = load("/nl/vakwijzer/web/i18n/" + bundle + "_nl.properties");
    Properties en = load("/nl/vakwijzer/web/i18n/" + bundle + "_en.properties");
    assertThat(new TreeSet<>(nl.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    nl.forEach((key, value) -> assertThat(value.toString()).as("nl " + key).isNotBlank());
    en.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
  }

  @Test
  void everyLiteralKeyUsedInPagesExists() throws IOException {
    Properties nl = load("/nl/vakwijzer/web/i18n/messages_nl.properties");
    Pattern pageKey = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = pageKey.matcher(Files.readString(page));
        while (m.find()) {
          if (!m.group(1).endsWith(".") && !nl.containsKey(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyMessageKeyUsedInJavaCodeExists() throws IOException {
    Properties nl = load("/nl/vakwijzer/web/i18n/messages_nl.properties");
    Pattern javaKey = Pattern.compile("(?<!name = )\"((?:catalogue|accreditation|security|account|admin|api|error|provider|gap)\\.[a-zA-Z0-9.]+)\"");
    Set<String> missing = new TreeSet<>();
    for (String root : new String[] {"src/main/java", "../catalogue-module/src/main/java", "../accreditation-module/src/main/java"}) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = javaKey.matcher(Files.readString(file));
          while (m.find()) {
            if (!m.group(1).endsWith(".") && !nl.containsKey(m.group(1))) {
              missing.add(file.getFileName() + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(missing).as("message keys used in Java but missing in messages_nl").isEmpty();
  }

  @Test
  void dutchIsTheDefaultWhateverTheMachineLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Bundle.text(null, "login.submit")).isEqualTo("Inloggen");
      assertThat(Bundle.text(Locale.GERMAN, "login.submit")).isEqualTo("Inloggen");
      assertThat(Bundle.text(Locale.ENGLISH, "login.submit")).isEqualTo("Sign in");
      assertThat(Bundle.text(Locale.forLanguageTag("nl-BE"), "catalogue.account.password.tooShort", 10))
          .isEqualTo("Het wachtwoord is te kort: gebruik minstens 10 tekens.");
    } finally {
      Locale.setDefault(before);
    }
  }
}
