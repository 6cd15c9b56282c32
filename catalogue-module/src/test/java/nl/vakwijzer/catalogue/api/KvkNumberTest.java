package nl.vakwijzer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KvkNumberTest {

  @Test
  void acceptsEightDigits() {
    assertThat(KvkNumber.parse("12345678").value()).isEqualTo("12345678");
    assertThat(KvkNumber.parse("01234567").value()).isEqualTo("01234567");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" 12345678 ", "1234 5678", "12.34.56.78", "12 34 56 78", "1234\u00a05678"})
  void removesSpacesAndDotsBeforeChecking(String input) {
    assertThat(KvkNumber.parse(input)).isEqualTo(new KvkNumber("12345678"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "1234567",
        "123456789",
        "1234-5678",
        "1234567a",
        "NL12345678",
        "12,345,678",
        "١٢٣٤٥٦٧٨",
        "12345678\t"
      })
  void refusesAnythingElseWithTheKey(String input) {
    assertThatThrownBy(() -> KvkNumber.parse(input))
        .isInstanceOf(InvalidKvkNumberException.class)
        .satisfies(
            e -> {
              CatalogueException ce = (CatalogueException) e;
              assertThat(ce.messageKey()).isEqualTo("catalogue.provider.kvk.invalid");
              assertThat(ce.arguments()).containsExactly(input);
            });
  }

  @Test
  void refusesNullWithTheKey() {
    assertThatThrownBy(() -> KvkNumber.parse(null))
        .isInstanceOf(InvalidKvkNumberException.class)
        .extracting(e -> ((CatalogueException) e).messageKey())
        .isEqualTo(KvkNumber.INVALID_KEY);
  }

  @Test
  void theConstructorAcceptsOnlyTheCanonicalForm() {
    assertThat(new KvkNumber("87654321")).hasToString("87654321");
    assertThatThrownBy(() -> new KvkNumber("8765 4321"))
        .isInstanceOf(InvalidKvkNumberException.class);
  }

  @Test
  void appliesNoChecksumBecauseThereIsNoPublicOne() {
    // any eight digits are well formed; existence can only be checked in the Handelsregister
    assertThat(KvkNumber.parse("00000000").value()).isEqualTo("00000000");
    assertThat(KvkNumber.parse("99999999").value()).isEqualTo("99999999");
  }
}
