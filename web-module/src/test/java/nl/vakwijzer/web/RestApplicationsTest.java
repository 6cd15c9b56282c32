package nl.vakwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  void everyResourceAndProviderIsServedByExactlyOneApplication() throws IOException {
    Set<String> api = names(new RestApplication().getClasses());
    Set<String> caseApi = names(new CaseApplication().getClasses());
    Set<String> annotated = new TreeSet<>();
    for (Class<?> type : mainClasses()) {
      if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
        annotated.add(type.getName());
      }
    }

    assertThat(annotated).contains(RestApplication.class.getPackageName() + ".catalogue.rest.CaseResource");
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

  /** The web module's own main classes (target/classes), loaded without initialising them. */
  private static List<Class<?>> mainClasses() throws IOException {
    java.nio.file.Path root = java.nio.file.Path.of("target/classes");
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", ""))
          .map(RestApplicationsTest::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RestApplicationsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> names(Set<Class<?>> classes) {
    return classes.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
  }
}
