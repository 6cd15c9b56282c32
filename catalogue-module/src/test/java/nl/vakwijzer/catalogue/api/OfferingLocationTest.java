package nl.vakwijzer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfferingLocationTest {

  @ParameterizedTest
  @ValueSource(strings = {"3511 AB", "3511AB", "3511ab", " 3511  Ab "})
  void normalisesDutchPostcodes(String input) {
    assertThat(OfferingLocation.at(input, " Utrecht ").postcode()).isEqualTo("3511 AB");
    assertThat(OfferingLocation.at(input, " Utrecht ").municipality()).isEqualTo("Utrecht");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0511 AB", "351 AB", "3511 A", "3511-AB", "35111 AB", "AB 3511"})
  void refusesOtherPostcodesWithTheKey(String input) {
    assertThatThrownBy(() -> OfferingLocation.at(input, "Utrecht"))
        .isInstanceOf(InvalidPostcodeException.class)
        .extracting(e -> ((CatalogueException) e).messageKey())
        .isEqualTo("catalogue.provider.postcode.invalid");
  }

  @Test
  void onlineHasNoAddressAndAPhysicalLocationNeedsAMunicipality() {
    assertThat(OfferingLocation.ONLINE.online()).isTrue();
    assertThatThrownBy(() -> new OfferingLocation(true, "3511 AB", "Utrecht"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfferingLocation.at("3511 AB", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
