package nl.vakwijzer.web.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.vakwijzer.catalogue.api.NewColleague;
import nl.vakwijzer.catalogue.api.OrganisationStatus;
import nl.vakwijzer.catalogue.api.ProviderProfile;
import nl.vakwijzer.catalogue.api.ProviderRegistration;
import nl.vakwijzer.catalogue.api.ProviderService;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation message key on the provider api records and service, and every key the
 * provider pages build at run time, has a Dutch and an English text. BundleParityTest sees only
 * literal keys.
 */
class ProviderMessagesTest {

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProviderMessagesTest.class.getResourceAsStream("/nl/vakwijzer/web/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static void collect(AnnotatedElement element, List<String> keys) {
    for (Annotation annotation : element.getAnnotations()) {
      try {
        Method message = annotation.annotationType().getMethod("message");
        String template = (String) message.invoke(annotation);
        if (template.startsWith("{catalogue.")) {
          keys.add(template.substring(1, template.length() - 1));
        }
      } catch (NoSuchMethodException e) {
        // not a constraint
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Class<?> record : List.of(ProviderProfile.class, ProviderRegistration.class, NewColleague.class)) {
      RecordComponent[] components = record.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        collect(component.getAccessor(), keys);
        try {
          collect(record.getDeclaredField(component.getName()), keys);
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(e);
        }
        collect(record.getDeclaredConstructors()[0].getParameters()[i], keys);
      }
    }
    for (Method method : ProviderService.class.getMethods()) {
      for (var parameter : method.getParameters()) {
        collect(parameter, keys);
      }
    }
    for (OrganisationStatus status : OrganisationStatus.values()) {
      keys.add("provider.status." + status);
    }
    for (String field : List.of("street", "houseNumber", "place", "contactName", "contactPhone")) {
      keys.add("catalogue.provider." + field + ".required");
      keys.add("catalogue.provider." + field + ".size"); // DefaultProviderService.required(...)
    }
    return keys;
  }

  @Test
  void everyProviderKeyHasDutchAndEnglishText() throws IOException {
    Properties nl = bundle("nl");
    Properties en = bundle("en");
    List<String> keys = keys();
    assertThat(keys).contains("catalogue.provider.kvk.required", "catalogue.provider.contactPhone.invalid", "catalogue.provider.reason.required");
    Set<String> missing = new TreeSet<>();
    for (String key : keys) {
      if (!nl.containsKey(key) || !en.containsKey(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).isEmpty();
  }
}
