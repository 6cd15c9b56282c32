package nl.vakwijzer.web.gap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.ImportIssue;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfileId;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamFileFormat;
import nl.vakwijzer.catalogue.api.gap.TeamId;
import nl.vakwijzer.catalogue.api.gap.TeamImportReport;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Teams of pseudonymous labels against a target profile: the grid of levels per label and
 * competency (editable), the upload template (CSV and XLSX) and the upload with its validation
 * report per row and cell; nothing is stored when the file has errors.
 */
@Named
@ViewScoped
public class TeamsView implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The upload limit in bytes (the service also caps the rows). */
  static final long MAX_UPLOAD = 5L * 1024 * 1024;

  /** One line of the validation report, already in words. */
  public record ReportLine(int row, String column, String message) implements Serializable {}

  @Inject transient GapService gaps;
  @Inject transient ProviderActor actors;
  @Inject transient FacesMessages messages;
  @Inject transient GapTexts texts;

  private String profileParam;
  private String teamParam;
  private StoredTargetProfile profile;
  private Team team;
  private List<StoredTargetProfile> profiles;
  private List<Team> teams;
  private String newTeamName;
  private transient Part file;
  private List<ReportLine> report = List.of();
  private boolean reportShown;
  /** label → competency id → ordinal as text ("" = not assessed). */
  private Map<String, Map<String, String>> grid = new LinkedHashMap<>();

  /** View action: 404 for an unknown or foreign profile or team id. */
  public void load() {
    Actor actor = actors.require();
    try {
      if (profileParam != null && !profileParam.isBlank()) {
        TargetProfileId id = GapPages.id(profileParam, TargetProfileId::new).orElse(null);
        if (id == null) {
          GapPages.notFound();
          return;
        }
        profile = gaps.targetProfile(actor, id);
      }
      if (teamParam != null && !teamParam.isBlank()) {
        TeamId id = GapPages.id(teamParam, TeamId::new).orElse(null);
        if (id == null) {
          GapPages.notFound();
          return;
        }
        team = gaps.team(actor, id);
        fillGrid();
      }
    } catch (nl.vakwijzer.catalogue.api.gap.UnknownGapDataException e) {
      GapPages.notFound();
    }
  }

  private void fillGrid() {
    grid = new LinkedHashMap<>();
    if (team == null) {
      return;
    }
    for (TeamMember m : team.state().members()) {
      Map<String, String> row = new LinkedHashMap<>();
      for (ItemId c : columns()) {
        row.put(c.value().toString(), m.level(c).isPresent() ? String.valueOf(m.level(c).getAsInt()) : "");
      }
      grid.put(m.label().value(), row);
    }
  }

  /** The grid's columns: the profile's competencies, else what the team was assessed on. */
  public List<ItemId> columns() {
    if (profile != null) {
      return profile.profile().competencies().stream().map(TargetCompetency::competency).toList();
    }
    if (team == null) {
      return List.of();
    }
    return team.state().members().stream().flatMap(m -> m.levels().keySet().stream()).distinct()
        .sorted((a, b) -> texts.code(a).compareTo(texts.code(b))).toList();
  }

  public List<ItemId> getColumns() {
    return columns();
  }

  public List<String> getLabels() {
    return new ArrayList<>(grid.keySet());
  }

  /** Options of a cell: not assessed, onder Basis and the competency's levels. */
  public List<jakarta.faces.model.SelectItem> levelOptions(ItemId competency) {
    List<jakarta.faces.model.SelectItem> options = new ArrayList<>();
    options.add(new jakarta.faces.model.SelectItem("", texts.text("gemeente.level.notAssessed")));
    options.add(new jakarta.faces.model.SelectItem(String.valueOf(TeamState.BELOW_BASIS), texts.text("gemeente.level.belowBasis")));
    List<String> names = texts.levelNames(competency);
    for (int i = 0; i < names.size(); i++) {
      options.add(new jakarta.faces.model.SelectItem(String.valueOf(i), names.get(i)));
    }
    return options;
  }

  public void saveGrid() {
    if (team == null) {
      return;
    }
    List<TeamMember> members = new ArrayList<>();
    for (var row : grid.entrySet()) {
      Map<ItemId, Integer> levels = new LinkedHashMap<>();
      for (var cell : row.getValue().entrySet()) {
        if (cell.getValue() != null && !cell.getValue().isBlank()) {
          levels.put(new ItemId(UUID.fromString(cell.getKey())), Integer.valueOf(cell.getValue()));
        }
      }
      // keeps levels of competencies outside this profile
      TeamMember old = team.state().find(nl.vakwijzer.catalogue.api.gap.PersonLabel.of(row.getKey())).orElse(null);
      Map<ItemId, Integer> merged = new LinkedHashMap<>(old == null ? Map.of() : old.levels());
      for (ItemId c : columns()) {
        merged.remove(c);
      }
      merged.putAll(levels);
      members.add(TeamMember.of(row.getKey(), merged));
    }
    try {
      team = gaps.updateTeam(actors.require(), team.id(), team.revision(), team.name(), new TeamState(members));
      fillGrid();
      messages.info("gemeente.teams.saved", team.name());
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  /** Reads the uploaded CSV or XLSX; shows the report; stores only a file without issues. */
  public void upload() {
    reportShown = false;
    if (profile == null) {
      messages.error("gemeente.teams.profileRequired");
      return;
    }
    if (file == null || file.getSize() == 0) {
      messages.errorFor("upload:file", "gemeente.teams.fileRequired");
      return;
    }
    if (file.getSize() > MAX_UPLOAD) {
      messages.errorFor("upload:file", "gemeente.teams.fileTooLarge");
      return;
    }
    String fileName = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase(Locale.ROOT);
    TeamFileFormat format;
    if (fileName.endsWith(".csv")) {
      format = TeamFileFormat.CSV;
    } else if (fileName.endsWith(".xlsx")) {
      format = TeamFileFormat.XLSX;
    } else {
      messages.errorFor("upload:file", "gemeente.teams.fileType");
      return;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      messages.errorFor("upload:file", "gap.import.fileUnreadable");
      return;
    }
    Actor actor = actors.require();
    try {
      String name = newTeamName == null || newTeamName.isBlank() ? null : newTeamName;
      TeamImportReport result = gaps.importTeam(actor, profile.id(), team == null ? null : team.id(),
          team == null ? 0 : team.revision(), team == null ? (name == null ? profile.name() : name) : null, format, content);
      reportShown = true;
      report = result.issues().stream().map(this::line).toList();
      if (result.accepted()) {
        team = result.team();
        teamParam = team.id().toString();
        fillGrid();
        teams = null;
        messages.info("gemeente.teams.imported", result.rows(), team.name());
      } else {
        messages.error("gemeente.teams.importRefused", result.issues().size());
      }
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  private ReportLine line(ImportIssue issue) {
    return new ReportLine(issue.row(), issue.column(), texts.text(issue.key(), issue.arguments().toArray()));
  }

  public List<StoredTargetProfile> getProfiles() {
    if (profiles == null) {
      profiles = gaps.targetProfiles(actors.require());
    }
    return profiles;
  }

  public List<Team> getTeams() {
    if (teams == null) {
      teams = gaps.teams(actors.require());
    }
    return teams;
  }

  public String level(ItemId competency, String ordinal) {
    return ordinal == null || ordinal.isBlank() ? texts.level(competency, null) : texts.level(competency, Integer.valueOf(ordinal));
  }

  public StoredTargetProfile getProfile() { return profile; }
  public Team getTeam() { return team; }
  public String getProfileParam() { return profileParam; }
  public void setProfileParam(String v) { this.profileParam = v; }
  public String getTeamParam() { return teamParam; }
  public void setTeamParam(String v) { this.teamParam = v; }
  public String getNewTeamName() { return newTeamName; }
  public void setNewTeamName(String v) { this.newTeamName = v; }
  public Part getFile() { return file; }
  public void setFile(Part file) { this.file = file; }
  public List<ReportLine> getReport() { return report; }
  public boolean isReportShown() { return reportShown; }
  public Map<String, Map<String, String>> getGrid() { return grid; }
}
