package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.catalogue.api.gap.GapNotification;
import nl.vakwijzer.catalogue.api.gap.GapQuery;
import nl.vakwijzer.catalogue.api.gap.GapReason;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.MarketGapCell;
import nl.vakwijzer.catalogue.api.gap.PathModule;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.SavedGap;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfileSource;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.gap.UnknownGapDataException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Search, learning path, saved gaps with alerts and the market-gap radar over real accredited
 * modules made through the module and accreditation services. The database is shared with other
 * module tests, so assertions are about this test's own modules.
 */
class GapSearchServiceTest {
  private final GapTestSupport t = new GapTestSupport();
  private final Actor gemeente = t.municipality();

  private ItemId item(String code) {
    return t.m.item(code);
  }

  private GapQuery gapOn(Actor actor, String code, int required, int... levels) {
    StoredTargetProfile p = t.gaps.createTargetProfile(actor, "Profiel " + code,
        new TargetProfileSource.Composed(List.of(TargetCompetency.of(item(code), required))));
    List<TeamMember> members = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      members.add(TeamMember.of(String.format("KM-%02d", i + 1), Map.of(item(code), levels[i])));
    }
    Team team = t.gaps.createTeam(actor, "Team " + code, new TeamState(members));
    return new GapQuery(p.id(), team.id(), null);
  }

  private static List<ModuleVersionId> ids(GapSearchResult result) {
    return result.results().stream().map(RankedModule::id).toList();
  }

  @Test
  void onlyAccreditedVersionsWithAcceptedClaimsAtAcceptedLevelsAreFound() {
    ModuleVersion accepted = t.accredited("Netwerken in de wijk", new BigDecimal("400"), t.claim("SV.C7", 0, 1));
    // the SV.C6 claim is not accepted
    ModuleVersion partlyAccepted = t.accredited("Plannen en netwerken",
        List.of(t.claim("SV.C7", 0, 1), t.claim("SV.C6", 0, 2)), new BigDecimal("300"), new int[] {0}, new int[] {-1});
    // claimed up to Vakvolwassen, accepted only up to Vakbekwaam
    ModuleVersion lowered = t.accredited("Netwerken voor gevorderden",
        List.of(t.claim("SV.C7", 0, 2)), new BigDecimal("500"), new int[] {0}, new int[] {1});
    ModuleVersion expired = t.accredited("Netwerken (oud)", new BigDecimal("100"), t.claim("SV.C7", 0, 2));
    t.m.accreditation.end(expired.id(), ModuleVersionStatus.VERLOPEN);
    Actor provider = t.m.provider();
    var b = nl.vakwijzer.catalogue.testing.DossierBuilder.valid();
    b.claims.clear();
    b.claims.add(t.claim("SV.C7", 0, 2));
    ModuleVersion concept = t.m.modules.create(provider, b.build());
    ModuleVersion submittedOnly = t.m.modules.submit(provider, concept.id(), concept.revision());

    GapSearchResult basisToVakbekwaam = t.gaps.search(gemeente, gapOn(gemeente, "SV.C7", 1, 0, 0, 1, -1));
    assertThat(ids(basisToVakbekwaam)).contains(accepted.id(), partlyAccepted.id(), lowered.id())
        .doesNotContain(expired.id(), submittedOnly.id());
    RankedModule first = basisToVakbekwaam.results().stream().filter(r -> r.id().equals(accepted.id())).findFirst()
        .orElseThrow();
    assertThat(first.reasons()).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo(GapReason.CLOSES);
      // competency, from and to level (ClaimLevel: the web module names them), bridged, below
      assertThat(r.arguments()).hasSize(5);
      assertThat(r.arguments().get(0)).isEqualTo(item("SV.C7"));
      assertThat(((ClaimLevel) r.arguments().get(1)).ordinal()).isZero();
      assertThat(((ClaimLevel) r.arguments().get(2)).ordinal()).isEqualTo(1);
      assertThat(r.arguments().subList(3, 5)).containsExactly(3, 3);
    });
    assertThat(first.providerName()).startsWith("Opleider ");

    GapSearchResult toVakvolwassen = t.gaps.search(gemeente, gapOn(gemeente, "SV.C7", 2, 1, 1));
    assertThat(ids(toVakvolwassen)).doesNotContain(lowered.id(), accepted.id(), expired.id(), submittedOnly.id());

    GapSearchResult plannen = t.gaps.search(gemeente, gapOn(gemeente, "SV.C6", 1, 0, 0));
    assertThat(ids(plannen)).doesNotContain(partlyAccepted.id());
  }

  @Test
  void theCandidateQueryReadsModulesThatCloseAStepWithTheirGapClaimsAndDossierPartsAsStored() {
    ItemId planning = item("SV.C1");
    ModuleVersion helps = t.accredited("Plannen en organiseren", List.of(t.claim("SV.C1", 0, 1), t.claim("SV.C2", 0, 2)),
        new BigDecimal("425.50"), new int[] {0, 1}, new int[] {-1, -1});
    // from Vakbekwaam: takes nobody at Basis or below further, so it could score nothing
    ModuleVersion fromVakbekwaam = t.accredited("Plannen voor gevorderden", new BigDecimal("300"), t.claim("SV.C1", 1, 2));

    List<nl.vakwijzer.catalogue.api.gap.GapCandidate> candidates = t.store.accreditedCandidates(
        java.util.Set.of(planning.value()),
        java.util.Set.of(new nl.vakwijzer.catalogue.domain.GapStore.Need(planning.value(), 0),
            new nl.vakwijzer.catalogue.domain.GapStore.Need(planning.value(), -1))).list();

    assertThat(candidates).extracting(c -> c.id()).contains(helps.id()).doesNotContain(fromVakbekwaam.id());
    var found = candidates.stream().filter(c -> c.id().equals(helps.id())).findFirst().orElseThrow();
    // its claim on the requested competency, at its accepted levels (claims on others may come along)
    assertThat(found.claims().stream().filter(c -> c.competency().equals(planning))).singleElement().satisfies(c -> {
      assertThat(c.competency()).isEqualTo(planning);
      assertThat(c.to().ordinal()).isEqualTo(1);
    });
    // the dossier parts read in SQL equal the whole dossier read in Java
    var dossier = t.m.modules.publicView(t.m.beheerder(), helps.id()).dossier();
    assertThat(found.title()).isEqualTo(dossier.title());
    assertThat(found.prices()).isEqualTo(dossier.prices());
    assertThat(found.offerings()).isEqualTo(dossier.offerings());
    assertThat(found.size()).isEqualTo(dossier.size());
    assertThat(found.deliveryMode()).isEqualTo(dossier.deliveryMode());
    assertThat(found.language()).isEqualTo(dossier.language());
    assertThat(found.werkvormen()).containsExactlyInAnyOrderElementsOf(
        dossier.teachingMethods().stream().map(nl.vakwijzer.catalogue.api.TeachingMethod::kind).distinct().toList());
    assertThat(found.providerName()).startsWith("Opleider ");
    assertThat(found.accreditedUntil()).isEqualTo(GapTestSupport.UNTIL);

    // someone at Vakbekwaam needing Vakvolwassen: now the second module counts (and the first does not)
    List<nl.vakwijzer.catalogue.api.gap.GapCandidate> higher = t.store.accreditedCandidates(
        java.util.Set.of(planning.value()),
        java.util.Set.of(new nl.vakwijzer.catalogue.domain.GapStore.Need(planning.value(), 1))).list();
    assertThat(higher).extracting(c -> c.id()).contains(fromVakbekwaam.id()).doesNotContain(helps.id());
  }

  @Test
  void aModuleThatClosesNoStepIsNeitherRankedNorInTheLearningPath() {
    ModuleVersion basis = t.accredited("Ondernemend werken", new BigDecimal("200"), t.claim("SV.C6", 0, 1));
    ModuleVersion advanced = t.accredited("Ondernemend werken, vervolg", new BigDecimal("150"), t.claim("SV.C6", 1, 2));
    GapQuery query = gapOn(gemeente, "SV.C6", 2, 0, -1);

    GapSearchResult result = t.gaps.search(gemeente, query);
    assertThat(ids(result)).contains(basis.id()).doesNotContain(advanced.id());

    // the path still chains: nobody can start with the vervolg, so it is not a candidate
    LearningPath path = t.gaps.learningPath(gemeente, query, null);
    assertThat(path.modules()).extracting(PathModule::id).contains(basis.id()).doesNotContain(advanced.id());
  }

  @Test
  void crosswalkEquivalentsCountAndSaySo() {
    ModuleVersion analyse = t.accredited("Probleemanalyse in de praktijk", new BigDecimal("250"), t.claim("SV.C4", 0, 1));

    GapSearchResult result = t.gaps.search(gemeente, gapOn(gemeente, "DIV.INK.HT3.PROBLEEMANALYSE", 0, -1, -1, 0));

    RankedModule found = result.results().stream().filter(r -> r.id().equals(analyse.id())).findFirst().orElseThrow();
    assertThat(found.reasons()).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo(GapReason.EQUIVALENT);
      assertThat(r.arguments()).containsExactly(item("DIV.INK.HT3.PROBLEEMANALYSE"), item("SV.C4"));
    });
  }

  @Test
  void aHardToLearnCompetencyGetsAdviceWithTheLearningFormsOfTheLeerbaarheidFramework() {
    GapSearchResult result = t.gaps.search(gemeente, gapOn(gemeente, "DIV.INK.HT3.INTEGRITEIT", 0, -1, -1));

    assertThat(result.advice()).singleElement().satisfies(a -> {
      assertThat(a.competency()).isEqualTo(item("DIV.INK.HT3.INTEGRITEIT"));
      assertThat(a.fittingForms()).containsExactlyInAnyOrder(TeachingMethodKind.MENTORING, TeachingMethodKind.INTERVISIE);
    });
  }

  @Test
  void filtersAndTheLearningPathWorkOnStoredData() {
    ModuleVersion cheap = t.accredited("Resultaatgericht werken", new BigDecimal("100"), t.claim("SV.C5", 0, 1));
    GapQuery query = gapOn(gemeente, "SV.C5", 1, 0, 0);

    LearningPath path = t.gaps.learningPath(gemeente, query, null);
    assertThat(path.modules()).extracting(PathModule::id).contains(cheap.id());
    assertThat(path.stepsNeeded()).isEqualTo(2);
    assertThat(path.stepsClosed()).isEqualTo(2);

    GapQuery tooCheap = new GapQuery(query.profile(), query.team(),
        GapSearchFilter.NONE.withMaxPricePerParticipant(new BigDecimal("50")));
    assertThat(ids(t.gaps.search(gemeente, tooCheap))).doesNotContain(cheap.id());
  }

  @Test
  void theLearningPathExportsToAWorkbookWithWhoFollowsWhatAndWhatRemains() throws Exception {
    // priced above the other SV.C6 tests' modules, so their cheapest paths stay theirs (shared database)
    t.accredited("Verandergericht adviseren", new BigDecimal("240"), t.claim("SV.C6", 0, 1));
    GapQuery query = gapOn(gemeente, "SV.C6", 2, 0, 1);
    LearningPath path = t.gaps.learningPath(gemeente, query, null);

    byte[] xlsx = t.gaps.exportLearningPath(gemeente, query, null);
    try (var wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheet("Samenvatting").getRow(0).getCell(1).getNumericCellValue())
          .isEqualTo(path.totalCost().doubleValue());
      Sheet modules = wb.getSheet("Modules");
      assertThat(modules.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Module");
      List<String> titles = new ArrayList<>();
      for (int r = 1; r <= modules.getLastRowNum(); r++) {
        titles.add(modules.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(titles).containsExactlyElementsOf(path.modules().stream().map(PathModule::title).toList());
      assertThat(wb.getSheet("Per medewerker").getLastRowNum()).isEqualTo(path.people().size());
      Sheet uncovered = wb.getSheet("Niet gedekt");
      assertThat(uncovered.getLastRowNum()).isEqualTo(path.uncovered().size());
      if (!path.uncovered().isEmpty()) {
        assertThat(uncovered.getRow(1).getCell(1).getStringCellValue()).isEqualTo("SV.C6");
      }
    }
    Actor other = t.municipality();
    assertThatThrownBy(() -> t.gaps.exportLearningPath(other, query, null)).isInstanceOf(UnknownGapDataException.class);
  }

  @Test
  void aNewlyAccreditedModuleInTheTopTenAlertsTheSavedGapOnce() {
    GapQuery query = gapOn(gemeente, "SV.C8", 2, 0, 0, 1);
    SavedGap saved = t.gaps.saveGap(gemeente, "Creativiteit team Inkomen", query);
    assertThat(t.gaps.savedGaps(gemeente)).containsExactly(saved);
    Actor other = t.municipality();

    ModuleVersion creative = t.accredited("Creatief denken", new BigDecimal("350"), t.claim("SV.C8", 0, 2));
    List<GapAlert> alerts = t.gaps.newAccreditation(creative.id());

    assertThat(alerts).filteredOn(a -> a.savedGap().equals(saved.id())).singleElement().satisfies(a -> {
      assertThat(a.municipality()).isEqualTo(gemeente.organisation());
      assertThat(a.module()).isEqualTo(creative.id());
      assertThat(a.rank()).isBetween(1, 10);
      assertThat(a.moduleTitle()).isEqualTo("Creatief denken");
    });
    assertThat(t.gaps.newAccreditation(creative.id())).filteredOn(a -> a.savedGap().equals(saved.id())).isEmpty();
    List<GapNotification> notifications = t.gaps.notifications(gemeente);
    assertThat(notifications).singleElement().satisfies(n -> assertThat(n.readAt()).isNull());
    assertThat(t.gaps.notifications(other)).isEmpty();

    t.gaps.markRead(gemeente, notifications.get(0).alert().notification());
    assertThat(t.gaps.notifications(gemeente).get(0).readAt()).isNotNull();

    ModuleVersion unrelated = t.accredited("Coachen van collega's", new BigDecimal("350"), t.claim("SV.C2", 0, 1));
    assertThat(t.gaps.newAccreditation(unrelated.id())).filteredOn(a -> a.savedGap().equals(saved.id())).isEmpty();
  }

  @Test
  void theRadarIsAnonymousAndSuppressesCellsOfFewerThanThreeMunicipalities() {
    t.accredited("Flexibel werken", new BigDecimal("200"), t.claim("SV.C3", 0, 1));
    ItemId flex = item("SV.C3");
    Actor second = t.municipality();
    Actor third = t.municipality();
    t.gaps.saveGap(gemeente, "Flex", gapOn(gemeente, "SV.C3", 1, 0, 0));
    t.gaps.saveGap(second, "Flex", gapOn(second, "SV.C3", 1, 0));

    MarketGapCell two = cell(t.gaps.marketGapRadar(t.m.beheerder()), flex, 0);
    assertThat(two.suppressed()).isTrue();
    assertThat(two.demand()).isZero();
    assertThat(two.municipalities()).isZero();
    assertThat(two.supply()).isPositive();

    t.gaps.saveGap(third, "Flex", gapOn(third, "SV.C3", 1, 0, -1));
    List<MarketGapCell> radar = t.gaps.marketGapRadar(t.m.provider());
    MarketGapCell three = cell(radar, flex, 0);
    assertThat(three.suppressed()).isFalse();
    // people-steps on Basis → Vakbekwaam: 2 + 1 + 2 (the one below Basis passes this step too)
    assertThat(three.demand()).isEqualTo(5);
    assertThat(three.municipalities()).isEqualTo(3);
    assertThat(three.competencyCode()).isEqualTo("SV.C3");
    // the step below Basis → Basis is needed by one municipality only
    assertThat(cell(radar, flex, -1).suppressed()).isTrue();

    assertThat(t.gaps.marketGapRadar(gemeente)).isEmpty();
  }

  private static MarketGapCell cell(List<MarketGapCell> radar, ItemId competency, int fromLevel) {
    return radar.stream().filter(c -> c.competency().equals(competency) && c.fromLevel() == fromLevel)
        .findFirst().orElseThrow();
  }
}
