package nl.vakwijzer.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionNumbersTest {

  @Test
  void incrementsTheLastNumberOfTheVersion() {
    assertThat(VersionNumbers.next("1", Set.of())).isEqualTo("2");
    assertThat(VersionNumbers.next("1.4", Set.of())).isEqualTo("1.5");
    assertThat(VersionNumbers.next("2021", Set.of())).isEqualTo("2022");
    assertThat(VersionNumbers.next("2.09", Set.of())).isEqualTo("2.10");
    assertThat(VersionNumbers.next("v9", Set.of())).isEqualTo("v10");
  }

  @Test
  void appendsANumberWhenTheVersionHasNone() {
    assertThat(VersionNumbers.next("concept", Set.of())).isEqualTo("concept-2");
    assertThat(VersionNumbers.next(null, Set.of())).isEqualTo("2");
  }

  @Test
  void skipsVersionsThatAreTaken() {
    assertThat(VersionNumbers.next("1", Set.of("1", "2", "3"))).isEqualTo("4");
  }
}
