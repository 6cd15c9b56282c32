package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.ConcurrentGapChangeException;
import nl.vakwijzer.catalogue.api.gap.FeedbackSource;
import nl.vakwijzer.catalogue.api.gap.GapQuery;
import nl.vakwijzer.catalogue.api.gap.ImportIssue;
import nl.vakwijzer.catalogue.api.gap.InvalidGapInputException;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetProfileSource;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamFileFormat;
import nl.vakwijzer.catalogue.api.gap.TeamGap;
import nl.vakwijzer.catalogue.api.gap.TeamImportReport;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.gap.UnknownGapDataException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Target profiles, teams, uploads and exports over the database, with access and locking. */
class GapTeamTest {
  private final GapTestSupport t = new GapTestSupport();
  private final Actor gemeente = t.municipality();

  private ItemId item(String code) {
    return t.m.item(code);
  }

  private StoredTargetProfile standaard() {
    return t.gaps.createTargetProfile(gemeente, "Klantmanagers",
        new TargetProfileSource.Competencies(List.of(item("SV.C1"), item("SV.C4")), 1));
  }

  private Team team(String... rows) {
    var members = new java.util.ArrayList<TeamMember>();
    for (String row : rows) {
      String[] p = row.split(":");
      members.add(TeamMember.of(p[0], Map.of(item("SV.C1"), Integer.parseInt(p[1]), item("SV.C4"), Integer.parseInt(p[2]))));
    }
    return t.gaps.createTeam(gemeente, "Team Inkomen", new TeamState(members));
  }

  @Test
  void aDivosaHoofdtaakExpandsToItsCompetenciesWithTheirBehaviourExamples() {
    StoredTargetProfile p = t.gaps.createTargetProfile(gemeente, "Inkomen HT3",
        new TargetProfileSource.FrameworkItem(item("DIV.INK.HT3"), 0));

    assertThat(p.sourceItem()).isEqualTo(item("DIV.INK.HT3"));
    assertThat(p.profile().competencies()).extracting(TargetCompetency::competency).contains(item("DIV.INK.HT3.INTEGRITEIT"));
    TargetCompetency integriteit = p.profile().find(item("DIV.INK.HT3.INTEGRITEIT")).orElseThrow();
    assertThat(integriteit.weight()).isEqualTo(1.0);
    assertThat(integriteit.requiredLevel()).isZero();
    assertThat(integriteit.behaviourExamples()).contains(item("DIV.INK.HT3.INTEGRITEIT.1"), item("DIV.INK.HT3.INTEGRITEIT.2"));
    assertThat(t.gaps.targetProfile(gemeente, p.id())).isEqualTo(p);
    assertThat(t.gaps.targetProfiles(gemeente)).containsExactly(p);
  }

  @Test
  void standaardCompetenciesAtALevelBringTheIndicatorsOfThatLevel() {
    StoredTargetProfile p = standaard();

    TargetCompetency c1 = p.profile().competencies().get(0);
    assertThat(c1.competency()).isEqualTo(item("SV.C1"));
    assertThat(c1.requiredLevel()).isEqualTo(1);
    assertThat(c1.behaviourExamples()).isNotEmpty().doesNotContain(item("SV.C1.BASIS.1"));
  }

  @Test
  void aComposedProfileIsCheckedAgainstTheFrameworks() {
    var composed = new TargetProfileSource.Composed(List.of(new TargetCompetency(item("SV.C4"), 2, 3.0, List.of())));
    StoredTargetProfile p = t.gaps.createTargetProfile(gemeente, "Analyse", composed);
    assertThat(p.profile().competencies().get(0).weight()).isEqualTo(3.0);

    assertThatThrownBy(() -> t.gaps.createTargetProfile(gemeente, "Te hoog",
        new TargetProfileSource.Composed(List.of(TargetCompetency.of(item("SV.C4"), 3)))))
        .isInstanceOf(InvalidGapInputException.class)
        .extracting(e -> ((InvalidGapInputException) e).messageKey()).isEqualTo(InvalidGapInputException.LEVEL_INVALID);
    assertThatThrownBy(() -> t.gaps.createTargetProfile(gemeente, "Onbekend",
        new TargetProfileSource.Composed(List.of(TargetCompetency.of(ItemId.of("00000000-0000-4000-8000-000000000000"), 0)))))
        .isInstanceOf(UnknownItemException.class);
    assertThatThrownBy(() -> t.gaps.createTargetProfile(gemeente, " ", composed))
        .isInstanceOf(InvalidGapInputException.class);
    assertThat(t.gaps.targetProfiles(gemeente)).containsExactly(p);
  }

  @Test
  void profilesAndTeamsUseOptimisticLocking() {
    StoredTargetProfile p = standaard();
    StoredTargetProfile changed = t.gaps.updateTargetProfile(gemeente, p.id(), p.revision(), "Nieuw",
        TargetProfile.of(TargetCompetency.of(item("SV.C4"), 2)));
    assertThat(changed.revision()).isEqualTo(2);
    assertThatThrownBy(() -> t.gaps.updateTargetProfile(gemeente, p.id(), p.revision(), "Oud", p.profile()))
        .isInstanceOf(ConcurrentGapChangeException.class);

    Team team = team("KM-01:0:0");
    Team renamed = t.gaps.updateTeam(gemeente, team.id(), team.revision(), "Team Werk", team.state());
    assertThat(renamed.revision()).isEqualTo(team.revision() + 1);
    assertThatThrownBy(() -> t.gaps.updateTeam(gemeente, team.id(), team.revision(), "Team Zorg", team.state()))
        .isInstanceOf(ConcurrentGapChangeException.class);
    assertThatThrownBy(() -> t.gaps.deleteTeam(gemeente, team.id(), team.revision()))
        .isInstanceOf(ConcurrentGapChangeException.class);
    assertThat(t.gaps.team(gemeente, team.id()).name()).isEqualTo("Team Werk");
    t.gaps.deleteTeam(gemeente, team.id(), renamed.revision());
    assertThat(t.gaps.teams(gemeente)).isEmpty();
  }

  @Test
  void labelsArePseudonymsNeverNames() {
    assertThatThrownBy(() -> t.gaps.createTeam(gemeente, "Team",
        TeamState.of(TeamMember.of("Jan de Vries", Map.of()))))
        .isInstanceOf(InvalidGapInputException.class)
        .extracting(e -> ((InvalidGapInputException) e).messageKey()).isEqualTo(InvalidGapInputException.LABEL_INVALID);
  }

  @Test
  void theGapComesFromTheStoredProfileAndTeam() {
    StoredTargetProfile p = standaard();
    Team team = team("KM-01:0:1", "KM-02:-1:2", "KM-03:1:0");

    TeamGap gap = t.gaps.gap(gemeente, p.id(), team.id());

    assertThat(gap.gap(item("SV.C1")).orElseThrow().personSteps()).isEqualTo(3);
    assertThat(gap.gap(item("SV.C4")).orElseThrow().below()).hasSize(1);
    assertThat(gap.people()).extracting(PersonLabel::value).containsExactly("KM-01", "KM-02", "KM-03");
  }

  @Test
  void scoresAreKeptApartAndCompleteTheGridByTheRule() {
    StoredTargetProfile p = t.gaps.createTargetProfile(gemeente, "Communicatie",
        new TargetProfileSource.Competencies(List.of(item("SV.C1")), 1));
    Team team = t.gaps.createTeam(gemeente, "Team", TeamState.of(TeamMember.of("KM-01", Map.of()),
        TeamMember.of("KM-02", Map.of(item("SV.C1"), 1))));
    var basis = t.m.modules.claimOptions(item("SV.C1")).behaviourExamples().stream()
        .filter(e -> "BASIS".equals(e.extensions().get("level"))).toList();
    var scores = basis.stream()
        .map(e -> new BehaviourScore(PersonLabel.of("KM-01"), e.id(), FeedbackSource.MANAGER, 5)).toList();

    Team scored = t.gaps.updateScores(gemeente, team.id(), team.revision(), scores, LevelDerivationRule.DEFAULT);

    assertThat(scored.scores()).hasSize(basis.size());
    assertThat(scored.state()).isEqualTo(team.state());
    TeamState effective = t.gaps.effectiveState(gemeente, team.id(), p.id());
    assertThat(effective.find(PersonLabel.of("KM-01")).orElseThrow().level(item("SV.C1"))).hasValue(0);
    assertThat(effective.find(PersonLabel.of("KM-02")).orElseThrow().level(item("SV.C1"))).hasValue(1);
    assertThatThrownBy(() -> t.gaps.updateScores(gemeente, team.id(), scored.revision(),
        List.of(new BehaviourScore(PersonLabel.of("KM-99"), basis.get(0).id(), FeedbackSource.SELF, 4)),
        LevelDerivationRule.DEFAULT)).isInstanceOf(InvalidGapInputException.class);
  }

  @Test
  void anotherMunicipalitysIdsAreUnknown() {
    StoredTargetProfile p = standaard();
    Team team = team("KM-01:0:0");
    Actor other = t.municipality();

    assertThatThrownBy(() -> t.gaps.targetProfile(other, p.id())).isInstanceOf(UnknownGapDataException.class);
    assertThatThrownBy(() -> t.gaps.team(other, team.id())).isInstanceOf(UnknownGapDataException.class);
    assertThatThrownBy(() -> t.gaps.gap(other, p.id(), team.id())).isInstanceOf(UnknownGapDataException.class);
    assertThatThrownBy(() -> t.gaps.search(other, new GapQuery(p.id(), team.id(), null)))
        .isInstanceOf(UnknownGapDataException.class);
    assertThatThrownBy(() -> t.gaps.updateTeam(other, team.id(), team.revision(), "X", team.state()))
        .isInstanceOf(UnknownGapDataException.class);
    assertThatThrownBy(() -> t.gaps.template(other, p.id(), TeamFileFormat.CSV)).isInstanceOf(UnknownGapDataException.class);
    assertThatThrownBy(() -> t.gaps.saveGap(other, "X", new GapQuery(p.id(), team.id(), null)))
        .isInstanceOf(UnknownGapDataException.class);
    assertThatThrownBy(() -> t.gaps.teams(t.m.provider())).isInstanceOf(UnknownOrganisationException.class);
    assertThat(t.gaps.teams(other)).isEmpty();
    assertThat(t.gaps.targetProfiles(other)).isEmpty();
  }

  // ------------------------------------------------------------------ uploads

  @Test
  void theCsvTemplateHasALabelAndOneColumnPerCompetencyCode() {
    StoredTargetProfile p = standaard();
    String csv = new String(t.gaps.template(gemeente, p.id(), TeamFileFormat.CSV), StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("label;SV.C1;SV.C4");
  }

  @Test
  void aValidCsvCreatesTheTeam() {
    StoredTargetProfile p = standaard();
    String csv = "label;SV.C1;SV.C4\nKM-01;Basis;2\n\nKM-02;onder basis;\nKM-03;vakbekwaam;Vakvolwassen\n";

    TeamImportReport report = t.gaps.importTeam(gemeente, p.id(), null, 0, "Uit CSV", TeamFileFormat.CSV,
        csv.getBytes(StandardCharsets.UTF_8));

    assertThat(report.issues()).isEmpty();
    assertThat(report.rows()).isEqualTo(3);
    TeamState state = t.gaps.team(gemeente, report.team().id()).state();
    assertThat(state.find(PersonLabel.of("KM-01")).orElseThrow().levels())
        .isEqualTo(Map.of(item("SV.C1"), 0, item("SV.C4"), 2));
    assertThat(state.find(PersonLabel.of("KM-02")).orElseThrow().levels()).isEqualTo(Map.of(item("SV.C1"), -1));
    assertThat(state.find(PersonLabel.of("KM-03")).orElseThrow().level(item("SV.C1"))).hasValue(1);
  }

  @Test
  void aCsvWithErrorsGivesAReportPerRowAndCellAndStoresNothing() {
    StoredTargetProfile p = standaard();
    Team team = team("KM-01:0:0");
    String csv = "label,SV.C1,SV.C9\nJan de Vries,Basis,1\nKM-02,Expert,\n\nKM-02,7,0\n";

    TeamImportReport report = t.gaps.importTeam(gemeente, p.id(), team.id(), team.revision(), null,
        TeamFileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8));

    assertThat(report.accepted()).isFalse();
    assertThat(report.team()).isNull();
    assertThat(report.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::key).containsExactly(
        tuple(1, "SV.C9", ImportIssue.UNKNOWN_COLUMN),
        tuple(2, "label", ImportIssue.LABEL_INVALID),
        tuple(3, "SV.C1", ImportIssue.LEVEL_INVALID),
        // the blank line 4 keeps its number
        tuple(5, "label", ImportIssue.LABEL_DUPLICATE),
        tuple(5, "SV.C1", ImportIssue.LEVEL_INVALID));
    assertThat(t.gaps.team(gemeente, team.id())).isEqualTo(team);
    assertThat(t.gaps.teams(gemeente)).hasSize(1);
  }

  @Test
  void aFileThatIsNotCsvOrXlsxIsRefused() {
    StoredTargetProfile p = standaard();
    byte[] pdf = "%PDF-1.7\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(t.gaps.importTeam(gemeente, p.id(), null, 0, "X", TeamFileFormat.CSV, pdf).issues())
        .extracting(ImportIssue::key).containsExactly(ImportIssue.FILE_UNREADABLE);
    assertThat(t.gaps.importTeam(gemeente, p.id(), null, 0, "X", TeamFileFormat.XLSX, "label;SV.C1".getBytes()).issues())
        .extracting(ImportIssue::key).containsExactly(ImportIssue.FILE_UNREADABLE);
    StringBuilder big = new StringBuilder("label;SV.C1\n");
    for (int i = 0; i < 50_000; i++) {
      big.append("KM-").append(i).append(";Basis\n");
    }
    StringBuilder justOver = new StringBuilder("label;SV.C1\n");
    for (int i = 0; i <= TeamFiles.MAX_ROWS; i++) {
      justOver.append("KM-").append(i).append(";Basis\n");
    }
    assertThat(t.gaps.importTeam(gemeente, p.id(), null, 0, "X", TeamFileFormat.CSV,
        justOver.toString().getBytes(StandardCharsets.UTF_8)).issues())
        .extracting(ImportIssue::key).containsExactly(ImportIssue.TOO_MANY_ROWS);
    assertThat(t.gaps.importTeam(gemeente, p.id(), null, 0, "X", TeamFileFormat.CSV,
        big.toString().getBytes(StandardCharsets.UTF_8)).issues())
        .extracting(ImportIssue::key).containsExactly(ImportIssue.TOO_MANY_ROWS);
    assertThat(t.gaps.teams(gemeente)).isEmpty();
  }

  @Test
  void theXlsxTemplateFilledInImportsAndErrorsAreReported() throws Exception {
    StoredTargetProfile p = standaard();
    byte[] template = t.gaps.template(gemeente, p.id(), TeamFileFormat.XLSX);
    byte[] filled;
    byte[] wrong;
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("SV.C1");
      assertThat(wb.getSheet("Uitleg")).isNotNull();
      var row = wb.getSheetAt(0).createRow(1);
      row.createCell(0).setCellValue("KM-01");
      row.createCell(1).setCellValue(1);
      row.createCell(2).setCellValue("Basis");
      var out = new ByteArrayOutputStream();
      wb.write(out);
      filled = out.toByteArray();
      row.getCell(0).setCellValue("Müller");
      out = new ByteArrayOutputStream();
      wb.write(out);
      wrong = out.toByteArray();
    }

    TeamImportReport bad = t.gaps.importTeam(gemeente, p.id(), null, 0, "Uit Excel", TeamFileFormat.XLSX, wrong);
    assertThat(bad.issues()).extracting(ImportIssue::row, ImportIssue::key)
        .containsExactly(tuple(2, ImportIssue.LABEL_INVALID));
    assertThat(t.gaps.teams(gemeente)).isEmpty();

    TeamImportReport report = t.gaps.importTeam(gemeente, p.id(), null, 0, "Uit Excel", TeamFileFormat.XLSX, filled);
    assertThat(report.issues()).isEmpty();
    assertThat(report.team().state().members().get(0).levels()).isEqualTo(Map.of(item("SV.C1"), 1, item("SV.C4"), 0));
  }

  @Test
  void theGapExportsToXlsxWithMatrixAndPriorityList() throws Exception {
    StoredTargetProfile p = standaard();
    Team team = team("KM-01:0:1", "KM-02:-1:2");

    byte[] xlsx = t.gaps.exportGap(gemeente, p.id(), team.id());

    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var matrix = wb.getSheetAt(0);
      assertThat(matrix.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KM-01");
      assertThat(matrix.getRow(2).getCell(1).getStringCellValue()).isEqualTo("onder basis (-2)");
      var priority = wb.getSheet("Prioriteit");
      assertThat(priority.getRow(1).getCell(1).getStringCellValue()).isEqualTo("SV.C1");
      assertThat(priority.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(3.0);
    }
  }
}
