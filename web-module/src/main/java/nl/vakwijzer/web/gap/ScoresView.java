package nl.vakwijzer.web.gap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.FeedbackSource;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfileId;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamId;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.gap.UnknownGapDataException;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * 360° scores of a team (issue 6): per person and behaviour example of the target profile's
 * competencies a score on the 6-point scale from self, manager and colleague, kept separately; the
 * derivation rule with its explanation in words; the levels the scores yield. Input is checked per
 * cell before anything is saved: one wrong cell and nothing is stored.
 */
@Named
@ViewScoped
public class ScoresView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final List<FeedbackSource> SOURCES = List.of(FeedbackSource.SELF, FeedbackSource.MANAGER, FeedbackSource.COLLEAGUE);

  /** A behaviour example row: its competency, the level it belongs to (as text) and its id. */
  public record Example(ItemId competency, String id, String code, String text, String level) implements Serializable {}

  @Inject transient GapService gaps;
  @Inject transient ModuleService modules;
  @Inject transient ProviderActor actors;
  @Inject transient FacesMessages messages;
  @Inject transient GapTexts texts;

  private String teamParam;
  private String profileParam;
  private Team team;
  private StoredTargetProfile profile;
  private List<Example> examples = List.of();
  /** "label|exampleId|SOURCE" → entered text. */
  private Map<String, String> cells = new LinkedHashMap<>();
  /** Same keys → message in words for a refused cell. */
  private Map<String, String> errors = new LinkedHashMap<>();
  private String sources;
  private String threshold;
  private String share;
  private TeamState effective;

  /** View action: 404 for an unknown or foreign team or profile. */
  public void load() {
    Actor actor = actors.require();
    TeamId teamId = GapPages.id(teamParam, TeamId::new).orElse(null);
    if (teamId == null) {
      GapPages.notFound();
      return;
    }
    try {
      team = gaps.team(actor, teamId);
      if (profileParam != null && !profileParam.isBlank()) {
        TargetProfileId id = GapPages.id(profileParam, TargetProfileId::new).orElse(null);
        if (id == null) {
          GapPages.notFound();
          return;
        }
        profile = gaps.targetProfile(actor, id);
      } else {
        profile = gaps.targetProfiles(actor).stream().findFirst().orElse(null);
      }
    } catch (UnknownGapDataException e) {
      GapPages.notFound();
      return;
    }
    examples = examplesOf();
    fill();
  }

  private List<Example> examplesOf() {
    List<Example> list = new ArrayList<>();
    if (profile == null) {
      return list;
    }
    for (TargetCompetency tc : profile.profile().competencies()) {
      List<ItemSummary> all;
      try {
        all = modules.claimOptions(tc.competency()).behaviourExamples();
      } catch (CatalogueException e) {
        continue; // a task or other item without a scale of its own: nothing to score
      }
      List<String> levelNames = texts.levelNames(tc.competency());
      for (ItemSummary e : all) {
        String level = e.extension("level").map(l -> levelName(l, levelNames)).orElse("");
        list.add(new Example(tc.competency(), e.id().value().toString(), texts.code(tc.competency()), e.label(), level));
      }
    }
    return list;
  }

  private static String levelName(String extension, List<String> names) {
    for (String name : names) {
      if (name.equalsIgnoreCase(extension.strip())) {
        return name;
      }
    }
    return extension;
  }

  private void fill() {
    cells = new LinkedHashMap<>();
    errors = new LinkedHashMap<>();
    for (TeamMember m : team.state().members()) {
      for (Example e : examples) {
        for (FeedbackSource s : SOURCES) {
          cells.put(key(m.label().value(), e.id(), s), "");
        }
      }
    }
    for (BehaviourScore s : team.scores()) {
      String key = key(s.person().value(), s.behaviourExample().value().toString(), s.source());
      if (cells.containsKey(key)) {
        cells.put(key, String.valueOf(s.score()));
      }
    }
    LevelDerivationRule rule = team.rule();
    sources = rule.sources().name();
    threshold = String.valueOf(rule.threshold());
    share = String.valueOf(Math.round(rule.requiredShare() * 100));
    effective = profile == null ? team.state() : gaps.effectiveState(actors.require(), team.id(), profile.id());
  }

  public static String key(String label, String example, FeedbackSource source) {
    return label + "|" + example + "|" + source.name();
  }

  public String cellKey(String label, String example, String source) {
    return key(label, example, FeedbackSource.valueOf(source));
  }

  /** Checks every cell and the rule; saves only when all is well. */
  public void save() {
    if (team == null) {
      return;
    }
    errors = new LinkedHashMap<>();
    List<BehaviourScore> scores = new ArrayList<>();
    for (var cell : cells.entrySet()) {
      String text = cell.getValue() == null ? "" : cell.getValue().strip();
      if (text.isEmpty()) {
        continue;
      }
      int value;
      try {
        value = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        errors.put(cell.getKey(), texts.text("gemeente.scores.notANumber", text));
        continue;
      }
      if (value < BehaviourScore.MIN_SCORE || value > BehaviourScore.MAX_SCORE) {
        errors.put(cell.getKey(), texts.text("gap.score.invalid", value));
        continue;
      }
      String[] parts = cell.getKey().split("\\|");
      scores.add(new BehaviourScore(PersonLabel.of(parts[0]), new ItemId(UUID.fromString(parts[1])),
          FeedbackSource.valueOf(parts[2]), value));
    }
    // scores of examples not on this page (another profile) are kept
    for (BehaviourScore s : team.scores()) {
      if (!cells.containsKey(key(s.person().value(), s.behaviourExample().value().toString(), s.source()))) {
        scores.add(s);
      }
    }
    LevelDerivationRule rule = null;
    int thresholdValue = parse(threshold);
    int sharePercent = parse(share);
    if (thresholdValue < BehaviourScore.MIN_SCORE || thresholdValue > BehaviourScore.MAX_SCORE) {
      messages.errorFor("scores:threshold", "gemeente.scores.thresholdInvalid");
    } else if (sharePercent < 1 || sharePercent > 100) {
      messages.errorFor("scores:share", "gemeente.scores.shareInvalid");
    } else {
      rule = new LevelDerivationRule(LevelDerivationRule.SourcePolicy.valueOf(sources), thresholdValue, sharePercent / 100.0);
    }
    if (!errors.isEmpty() || rule == null) {
      messages.error("gemeente.scores.refused", errors.size());
      return;
    }
    try {
      team = gaps.updateScores(actors.require(), team.id(), team.revision(), scores, rule);
      fill();
      messages.info("gemeente.scores.saved", team.name());
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  private static int parse(String text) {
    try {
      return text == null ? -1 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The rule in plain words, as saved. */
  public String getExplanation() {
    LevelDerivationRule rule = team.rule();
    return texts.text("gemeente.scores.explain." + rule.sources().name(), rule.threshold(),
        Math.round(rule.requiredShare() * 100));
  }

  public List<ItemId> getCompetencies() {
    return profile == null ? List.of() : profile.profile().competencies().stream().map(TargetCompetency::competency).toList();
  }

  public List<String> getLabels() {
    return team.state().members().stream().map(m -> m.label().value()).toList();
  }

  /** The effective level in words, marked as entered or derived from the scores. */
  public String level(String label, ItemId competency) {
    PersonLabel person = PersonLabel.of(label);
    var entered = team.state().find(person).flatMap(m -> m.level(competency).isPresent()
        ? java.util.Optional.of(m.level(competency).getAsInt()) : java.util.Optional.empty());
    var eff = effective.find(person).flatMap(m -> m.level(competency).isPresent()
        ? java.util.Optional.of(m.level(competency).getAsInt()) : java.util.Optional.empty());
    if (eff.isEmpty()) {
      return texts.text("gemeente.level.notAssessed");
    }
    String name = texts.level(competency, eff.get());
    return entered.isPresent()
        ? texts.text("gemeente.scores.entered", name)
        : texts.text("gemeente.scores.derived", name);
  }

  public List<String> getSourceNames() {
    return SOURCES.stream().map(Enum::name).toList();
  }

  public List<String> getPolicies() {
    return List.of(LevelDerivationRule.SourcePolicy.values()).stream().map(Enum::name).toList();
  }

  public Team getTeam() { return team; }
  public StoredTargetProfile getProfile() { return profile; }
  public List<Example> getExamples() { return examples; }
  public Map<String, String> getCells() { return cells; }
  public Map<String, String> getErrors() { return errors; }
  public String getTeamParam() { return teamParam; }
  public void setTeamParam(String v) { this.teamParam = v; }
  public String getProfileParam() { return profileParam; }
  public void setProfileParam(String v) { this.profileParam = v; }
  public String getSources() { return sources; }
  public void setSources(String v) { this.sources = v; }
  public String getThreshold() { return threshold; }
  public void setThreshold(String v) { this.threshold = v; }
  public String getShare() { return share; }
  public void setShare(String v) { this.share = v; }
}
