package nl.vakwijzer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrkboRegistrationTest {

  @Test
  void keepsTheNumberAsGivenApartFromWhitespace() {
    var registration = new CrkboRegistration(CrkboRegistration.Kind.INSTELLING, "  12345  6 ");
    assertThat(registration.number()).isEqualTo("12345 6");
    assertThat(new CrkboRegistration(CrkboRegistration.Kind.DOCENT, "D-2024/0815").number())
        .isEqualTo("D-2024/0815");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "12345<script>",
        "nr: 123",
        "12345678901234567890123456789012345678901"
      })
  void refusesEmptyOverlongOrStrangeNumbersWithTheKey(String input) {
    assertThatThrownBy(() -> new CrkboRegistration(CrkboRegistration.Kind.INSTELLING, input))
        .isInstanceOf(InvalidCrkboRegistrationException.class)
        .satisfies(
            e -> {
              var ce = (CatalogueException) e;
              assertThat(ce.messageKey()).isEqualTo("catalogue.provider.crkbo.invalid");
              assertThat(ce.arguments()).containsExactly(input);
            });
  }

  @Test
  void refusesAMissingNumberWithTheKey() {
    assertThatThrownBy(() -> new CrkboRegistration(CrkboRegistration.Kind.DOCENT, null))
        .isInstanceOf(InvalidCrkboRegistrationException.class);
  }
}
