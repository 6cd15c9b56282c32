package nl.vakwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.vakwijzer.web.rest.ApiAuthenticationFilter;
import org.junit.jupiter.api.Test;

/**
 * The two JAX-RS applications list their classes explicitly (see {@link RestApplication}): every
 * resource and provider must be in exactly one of them, or it would silently not be served; only
 * the authentication filter serves both.
 */
class RestApplicationsTest {
  private static final Set<Class<?>> SHARED = Set.of(ApiAuthenticationFilter.class);

  @Test
  void everyResourceAndProviderIsServedByExactlyOneApplication() {
    Set<String> api = names(new RestApplication().getClasses());
    Set<String> caseApi = names(new CaseApplication().getClasses());
    Set<String> annotated =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("nl.vakwijzer.web")
            .stream()
            .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class))
            .map(JavaClass::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> served = new TreeSet<>(api);
    served.addAll(caseApi);
    assertThat(served).as("resources and providers the applications serve").isEqualTo(annotated);
    Set<String> both = new HashSet<>(api);
    both.retainAll(caseApi);
    assertThat(both).isEqualTo(names(SHARED));
  }

  @Test
  void caseEndpointsAreNotPartOfTheVakwijzerApi() {
    assertThat(new RestApplication().getClasses())
        .noneMatch(c -> c.getSimpleName().startsWith("Case"));
    assertThat(new CaseApplication().getClasses())
        .allMatch(c -> c.getSimpleName().startsWith("Case") || SHARED.contains(c));
  }

  private static Set<String> names(Set<Class<?>> classes) {
    return classes.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
  }
}
