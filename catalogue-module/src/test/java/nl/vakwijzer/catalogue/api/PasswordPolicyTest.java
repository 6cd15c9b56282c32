package nl.vakwijzer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsLongPasswordsThatAreNotOnlyLetters() {
    assertThat(PasswordPolicy.violation("jan", "lange zin met spaties")).isEmpty();
    assertThat(PasswordPolicy.violation("jan", "Welkom-2026")).isEmpty();
  }

  @Test
  void namesTheFirstBrokenRule() {
    assertThat(PasswordPolicy.violation("jan", null)).contains("catalogue.account.password.tooShort");
    assertThat(PasswordPolicy.violation("jan", "kort-1")).contains("catalogue.account.password.tooShort");
    assertThat(PasswordPolicy.violation("jan", "x".repeat(129) + "1")).contains("catalogue.account.password.tooLong");
    assertThat(PasswordPolicy.violation("jan", "alleenletters")).contains("catalogue.account.password.onlyLetters");
    assertThat(PasswordPolicy.violation("jan.de-vries1", "JAN.DE-VRIES1")).contains("catalogue.account.password.isUsername");
  }
}
