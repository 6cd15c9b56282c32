package nl.vakwijzer.accreditation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.Affiliation;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.OrganisationId;
import org.junit.jupiter.api.Test;

/** Plain rules without a database: conflict window, findings, dossier parts, audit JSON. */
class WorkflowRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final OrganisationId ORG = new OrganisationId(UUID.randomUUID());

  @Test
  void anAffiliationConflictsWhileItEndedLessThanThreeYearsAgo() {
    assertThat(new Affiliation(ORG, TODAY.minusYears(10), null, "").within(TODAY, 3)).isTrue();
    assertThat(new Affiliation(ORG, TODAY.minusYears(10), TODAY.minusYears(3), "").within(TODAY, 3)).isTrue();
    assertThat(new Affiliation(ORG, TODAY.minusYears(10), TODAY.minusYears(3).minusDays(1), "").within(TODAY, 3)).isFalse();
  }

  @Test
  void onlyPartialAndFailingScoresNeedAFinding() {
    assertThat(Score.VOLDOET.requiresFinding()).isFalse();
    assertThat(Score.NIET_VAN_TOEPASSING.requiresFinding()).isFalse();
    assertThat(Score.VOLDOET_GEDEELTELIJK.requiresFinding()).isTrue();
    assertThat(Score.VOLDOET_NIET.requiresFinding()).isTrue();
  }

  @Test
  void aChangedDossierPartAffectsOnlyTheCriteriaThatLookAtIt() {
    ModuleDossier before = dossier("Visie", List.of("Gespreksvoering"));
    ModuleDossier after = dossier("Visie", List.of("Gespreksvoering", "Motiveren"));
    List<String> changed = DossierParts.changed(before, after);
    assertThat(changed).containsExactly("coreContents");
    assertThat(DossierParts.unaffected("CUR-VISIE", changed)).isTrue();
    assertThat(DossierParts.unaffected("CUR-KERNINHOUD", changed)).isFalse();
    assertThat(DossierParts.unaffected("EFF-ACTIEF", changed)).isFalse();
    assertThat(DossierParts.unaffected("NIEUW-CRITERIUM", changed)).isFalse();
    assertThat(DossierParts.unaffected("NIEUW-CRITERIUM", List.of())).isTrue();
  }

  @Test
  void auditDetailsAreValidJsonWhateverTheText() {
    assertThat(Json.write(Application.map("finding", "Zegt \"nee\"\nen\\of", "n", 3, "none", null, "list", List.of(true))))
        .isEqualTo("{\"finding\":\"Zegt \\\"nee\\\"\\nen\\\\of\",\"n\":3,\"none\":null,\"list\":[true]}");
  }

  private static ModuleDossier dossier(String vision, List<String> coreContents) {
    return new ModuleDossier("Titel", "", "", "", vision, List.of(), coreContents, List.of(), List.of(), null, null,
        List.of(), null, null, "nl", null, 0, List.of(), List.of());
  }
}
