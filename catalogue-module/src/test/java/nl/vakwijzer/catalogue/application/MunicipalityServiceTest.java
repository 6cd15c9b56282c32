package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.api.municipality.Arbeidsmarktregio;
import nl.vakwijzer.catalogue.api.municipality.ConcurrentMunicipalityChangeException;
import nl.vakwijzer.catalogue.api.municipality.Gemeentecode;
import nl.vakwijzer.catalogue.api.municipality.InvalidMunicipalityProfileException;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfile;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfileUpdate;
import org.junit.jupiter.api.Test;

/** Municipality profiles: validation with message keys, optimistic locking and access. */
class MunicipalityServiceTest {
  /** Codes unique within the shared database. */
  private static final AtomicInteger CODES = new AtomicInteger(1000 + (int) (System.nanoTime() % 3000));
  private final GapTestSupport t = new GapTestSupport();
  private final Actor gemeente = t.municipality();

  private static String code() {
    return String.format("GM%04d", CODES.incrementAndGet());
  }

  private static String key(Runnable r) {
    try {
      r.run();
    } catch (CatalogueException e) {
      return e.messageKey();
    }
    throw new AssertionError("no exception");
  }

  @Test
  void savesAndReadsItsOwnProfile() {
    String code = code();
    assertThat(t.municipalities.profile(gemeente, gemeente.organisation())).isEmpty();

    MunicipalityProfile saved = t.municipalities.update(gemeente, gemeente.organisation(), 0,
        new MunicipalityProfileUpdate(" " + code.toLowerCase().replace("gm", "gm") + " ", "Groot Amsterdam", false, List.of()));

    assertThat(saved.code().value()).isEqualTo(code);
    assertThat(saved.region()).isEqualTo(Arbeidsmarktregio.GROOT_AMSTERDAM);
    assertThat(saved.revision()).isEqualTo(1);
    assertThat(saved.name()).startsWith("Gemeente ");
    assertThat(t.municipalities.profile(gemeente, gemeente.organisation())).contains(saved);
    assertThat(t.municipalities.regions()).hasSize(35);
  }

  @Test
  void anInterMunicipalServiceNamesTheMunicipalitiesItServes() {
    String own = code();
    String a = code();
    String b = code();
    MunicipalityProfile saved = t.municipalities.update(gemeente, gemeente.organisation(), 0,
        new MunicipalityProfileUpdate(own, "TWENTE", true, List.of(b, a, "")));

    assertThat(saved.interMunicipalService()).isTrue();
    assertThat(saved.served()).containsExactlyInAnyOrder(Gemeentecode.of(a), Gemeentecode.of(b));

    MunicipalityProfile changed = t.municipalities.update(gemeente, gemeente.organisation(), saved.revision(),
        new MunicipalityProfileUpdate(own, "Twente", true, List.of(a)));
    assertThat(changed.revision()).isEqualTo(2);
    assertThat(changed.served()).containsExactly(Gemeentecode.of(a));
  }

  @Test
  void refusesBadInputWithDutchMessageKeysAndStoresNothing() {
    var org = gemeente.organisation();
    assertThat(key(() -> t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate("GM363", "Twente", false, List.of()))))
        .isEqualTo(InvalidMunicipalityProfileException.CODE_INVALID);
    assertThat(key(() -> t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate("0363", "Twente", false, List.of()))))
        .isEqualTo(InvalidMunicipalityProfileException.CODE_INVALID);
    assertThat(key(() -> t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate(code(), "Atlantis", false, List.of()))))
        .isEqualTo(InvalidMunicipalityProfileException.REGION_INVALID);
    assertThat(key(() -> t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate(code(), "Twente", false, List.of(code())))))
        .isEqualTo(InvalidMunicipalityProfileException.SERVED_WITHOUT_SERVICE);
    assertThat(key(() -> t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate(code(), "Twente", true, List.of()))))
        .isEqualTo(InvalidMunicipalityProfileException.SERVED_EMPTY);
    assertThat(key(() -> t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate(code(), "Twente", true, List.of("GM12")))))
        .isEqualTo(InvalidMunicipalityProfileException.CODE_INVALID);
    assertThat(t.municipalities.profile(gemeente, org)).isEmpty();
  }

  @Test
  void aCodeBelongsToOneMunicipality() {
    String code = code();
    Actor other = t.municipality();
    t.municipalities.update(other, other.organisation(), 0, new MunicipalityProfileUpdate(code, "Twente", false, null));

    assertThat(key(() -> t.municipalities.update(gemeente, gemeente.organisation(), 0,
        new MunicipalityProfileUpdate(code, "Twente", false, null))))
        .isEqualTo(InvalidMunicipalityProfileException.CODE_TAKEN);
  }

  @Test
  void aStaleRevisionChangesNothing() {
    var org = gemeente.organisation();
    MunicipalityProfile first = t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate(code(), "Twente", false, null));
    t.municipalities.update(gemeente, org, first.revision(), new MunicipalityProfileUpdate(code(), "Drenthe", false, null));

    assertThatThrownBy(() -> t.municipalities.update(gemeente, org, first.revision(),
        new MunicipalityProfileUpdate(code(), "Zeeland", false, null)))
        .isInstanceOf(ConcurrentMunicipalityChangeException.class);
    assertThatThrownBy(() -> t.municipalities.update(gemeente, org, 0,
        new MunicipalityProfileUpdate(code(), "Zeeland", false, null)))
        .isInstanceOf(ConcurrentMunicipalityChangeException.class);
    assertThat(t.municipalities.profile(gemeente, org).orElseThrow().region()).isEqualTo(Arbeidsmarktregio.DRENTHE);
  }

  @Test
  void anotherMunicipalityOrAProviderSeesNothing() {
    Actor other = t.municipality();
    var org = gemeente.organisation();
    t.municipalities.update(gemeente, org, 0, new MunicipalityProfileUpdate(code(), "Twente", false, null));
    Actor provider = t.m.provider();

    assertThatThrownBy(() -> t.municipalities.profile(other, org)).isInstanceOf(UnknownOrganisationException.class);
    assertThatThrownBy(() -> t.municipalities.update(other, org, 1,
        new MunicipalityProfileUpdate(code(), "Twente", false, null))).isInstanceOf(UnknownOrganisationException.class);
    assertThatThrownBy(() -> t.municipalities.profile(provider, org)).isInstanceOf(UnknownOrganisationException.class);
    // a provider organisation has no municipality profile, not even for its own users
    assertThatThrownBy(() -> t.municipalities.profile(new Actor(provider.account(), provider.organisation(),
        java.util.Set.of(Role.GEMEENTE)), provider.organisation())).isInstanceOf(UnknownOrganisationException.class);
    // a beheerder reads every profile
    assertThat(t.municipalities.profile(t.m.beheerder(), org)).isPresent();
  }
}
