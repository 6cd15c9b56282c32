package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.RelatedItem;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.ConcurrentGapChangeException;
import nl.vakwijzer.catalogue.api.gap.Crosswalk;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.catalogue.api.gap.GapNotification;
import nl.vakwijzer.catalogue.api.gap.GapQuery;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.HardToLearn;
import nl.vakwijzer.catalogue.api.gap.ImportIssue;
import nl.vakwijzer.catalogue.api.gap.InvalidGapInputException;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.LearningPathRequest;
import nl.vakwijzer.catalogue.api.gap.LevelDefinition;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.MarketGapCell;
import nl.vakwijzer.catalogue.api.gap.NotificationId;
import nl.vakwijzer.catalogue.api.gap.PersonGap;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.SavedGap;
import nl.vakwijzer.catalogue.api.gap.SavedGapId;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetProfileId;
import nl.vakwijzer.catalogue.api.gap.TargetProfileSource;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamFileFormat;
import nl.vakwijzer.catalogue.api.gap.TeamGap;
import nl.vakwijzer.catalogue.api.gap.TeamId;
import nl.vakwijzer.catalogue.api.gap.TeamImportReport;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.gap.UnknownGapDataException;
import nl.vakwijzer.catalogue.domain.GapStore;
import nl.vakwijzer.catalogue.gap.CandidateColumns;
import nl.vakwijzer.catalogue.gap.GapAnalysis;
import nl.vakwijzer.catalogue.gap.GapRanking;
import nl.vakwijzer.catalogue.gap.LearningPathPlanner;
import nl.vakwijzer.catalogue.gap.LevelDerivation;

/**
 * The gap search over stored data: it loads, authorizes and stores, and leaves every rule to the
 * pure domain ({@link GapAnalysis}, {@link GapRanking}, {@link LearningPathPlanner}, {@link
 * LevelDerivation}).
 *
 * <p>Access: a GEMEENTE user works with its own organisation's profiles, teams, saved gaps and
 * notifications; every other id is {@link UnknownGapDataException}, as for an id that does not
 * exist. The radar is for BEHEERDER and AANBIEDER users and holds no municipality's data.
 *
 * <p>Candidates: only versions in the {@code accredited_claim} view (GEACCREDITEERD and not past
 * their end date), with only their accepted claims at the accepted levels, on a target competency
 * or a crosswalk equivalent ({@code exactMatchOf}). Hard-to-learn competencies are those the
 * frameworks mark (as for the provider's claims); their fitting forms are the leerbaarheid
 * framework's learning forms for it (see {@link #fittingForms}), else every workplace form.
 */
@ApplicationScoped
@Transactional
class DefaultGapService implements GapService {
  /** Ranks at or above this alert the saved gap's municipality. */
  static final int ALERT_TOP = 10;
  /** Largest upload accepted (bytes): a team file is small. */
  static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
  /** Without a scale of its own a competency uses these levels (as for provider claims). */
  static final List<String> DEFAULT_LEVELS = List.of("Basis", "Vakbekwaam", "Vakvolwassen");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final int MAX_NAME = 200;

  @Inject GapStore store;
  @Inject FrameworkService frameworks;
  @Inject ModuleService modules;
  @Inject Clock clock;

  DefaultGapService() {}

  /** For tests: without CDI. */
  DefaultGapService(GapStore store, FrameworkService frameworks, ModuleService modules, Clock clock) {
    this.store = store;
    this.frameworks = frameworks;
    this.modules = modules;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ access

  static boolean mayUse(Actor actor, OrganisationId owner) {
    return actor != null && actor.hasRole(Role.GEMEENTE) && actor.actsFor(owner);
  }

  /** The municipality the actor works for. */
  private static OrganisationId municipality(Actor actor) {
    if (actor == null || !actor.hasRole(Role.GEMEENTE) || actor.organisation() == null) {
      throw new UnknownOrganisationException(actor == null ? null : actor.organisation());
    }
    return actor.organisation();
  }

  private StoredTargetProfile ownProfile(Actor actor, TargetProfileId id) {
    return store.profile(id.value()).filter(p -> mayUse(actor, p.owner()))
        .orElseThrow(() -> new UnknownGapDataException(UnknownGapDataException.PROFILE, id));
  }

  private Team ownTeam(Actor actor, TeamId id) {
    return store.team(id.value()).filter(t -> mayUse(actor, t.owner()))
        .orElseThrow(() -> new UnknownGapDataException(UnknownGapDataException.TEAM, id));
  }

  private static String name(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      throw new InvalidGapInputException(InvalidGapInputException.NAME_INVALID, name == null ? "" : name);
    }
    return n;
  }

  // ------------------------------------------------------------------ frameworks

  /** What a competency's scale and examples look like, from the frameworks. */
  private record Scale(ItemSummary item, List<ItemSummary> levels, List<String> levelNames,
      List<ItemSummary> examples, boolean hardToLearn) {}

  private Scale scale(ItemId competency, Map<ItemId, Scale> cache) {
    Scale cached = cache.get(competency);
    if (cached != null) {
      return cached;
    }
    ItemSummary item = frameworks.findItem(competency).map(ItemDetail::item)
        .orElseThrow(() -> new UnknownItemException(competency.toString()));
    Scale scale;
    if (item.type() == ItemType.COMPETENCY) {
      ClaimOptions o = modules.claimOptions(competency);
      List<String> names = o.levels().isEmpty() ? DEFAULT_LEVELS : o.levels().stream().map(ItemSummary::label).toList();
      scale = new Scale(item, o.levels(), names, o.behaviourExamples(), o.hardToLearn());
    } else {
      scale = new Scale(item, List.of(), DEFAULT_LEVELS, List.of(), false);
    }
    cache.put(competency, scale);
    return scale;
  }

  /** The level ordinal a behaviour example or indicator belongs to (its {@code level} extension), or -1. */
  private static int levelOf(ItemSummary example, Scale scale) {
    Optional<String> level = example.extension("level");
    if (level.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < scale.levelNames().size(); i++) {
      String name = scale.levelNames().get(i);
      String code = i < scale.levels().size() ? scale.levels().get(i).extension("level").orElse(name) : name;
      if (level.get().equalsIgnoreCase(name) || level.get().equalsIgnoreCase(code)) {
        return i;
      }
    }
    return -1;
  }

  /** The examples of interest at {@code level}: those of that level where examples carry one, else all. */
  private static List<ItemId> examplesAt(Scale scale, int level) {
    List<ItemId> atLevel = scale.examples().stream().filter(e -> levelOf(e, scale) == level).map(ItemSummary::id).toList();
    return atLevel.isEmpty() ? scale.examples().stream().map(ItemSummary::id).toList() : atLevel;
  }

  private void collectCompetencies(ItemId item, Set<ItemId> into, Set<ItemId> visited) {
    if (!visited.add(item)) {
      return;
    }
    for (ItemSummary child : frameworks.children(item)) {
      if (child.type() == ItemType.COMPETENCY) {
        into.add(child.id());
      } else if (child.type() != ItemType.BEHAVIOUR_EXAMPLE && child.type() != ItemType.INDICATOR) {
        collectCompetencies(child.id(), into, visited);
      }
    }
  }

  private List<ItemId> competenciesOf(ItemId item, boolean keepNonCompetency) {
    ItemSummary summary = frameworks.findItem(item).map(ItemDetail::item)
        .orElseThrow(() -> new UnknownItemException(item.toString()));
    if (summary.type() == ItemType.COMPETENCY) {
      return List.of(item);
    }
    Set<ItemId> found = new LinkedHashSet<>();
    collectCompetencies(item, found, new HashSet<>());
    if (found.isEmpty() && keepNonCompetency) {
      return List.of(item);
    }
    return List.copyOf(found);
  }

  private TargetCompetency target(ItemId competency, int level, Map<ItemId, Scale> cache) {
    Scale scale = scale(competency, cache);
    return new TargetCompetency(competency, level, 1.0, examplesAt(scale, level));
  }

  private TargetProfile validated(TargetProfile profile, Map<ItemId, Scale> cache) {
    for (TargetCompetency tc : profile.competencies()) {
      Scale scale = scale(tc.competency(), cache);
      if (tc.requiredLevel() >= scale.levelNames().size()) {
        throw new InvalidGapInputException(InvalidGapInputException.LEVEL_INVALID, tc.requiredLevel());
      }
    }
    return profile;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public TargetProfile expand(TargetProfileSource source) {
    Map<ItemId, Scale> cache = new HashMap<>();
    List<TargetCompetency> list = new ArrayList<>();
    Set<ItemId> seen = new HashSet<>();
    if (source instanceof TargetProfileSource.FrameworkItem f) {
      for (ItemId c : competenciesOf(f.item(), false)) {
        if (seen.add(c)) {
          list.add(target(c, f.requiredLevel(), cache));
        }
      }
    } else if (source instanceof TargetProfileSource.Competencies cs) {
      for (ItemId item : cs.items()) {
        for (ItemId c : competenciesOf(item, true)) {
          if (seen.add(c)) {
            list.add(target(c, cs.requiredLevel(), cache));
          }
        }
      }
    } else if (source instanceof TargetProfileSource.Composed composed) {
      list.addAll(composed.competencies());
    }
    return validated(new TargetProfile(list), cache);
  }

  // ------------------------------------------------------------------ target profiles

  @Override
  public StoredTargetProfile createTargetProfile(Actor actor, String name, TargetProfileSource source) {
    OrganisationId owner = municipality(actor);
    String n = name(name);
    TargetProfile profile = expand(source);
    ItemId sourceItem = source instanceof TargetProfileSource.FrameworkItem f ? f.item() : null;
    var stored = new StoredTargetProfile(new TargetProfileId(UUID.randomUUID()), owner, n, sourceItem, profile, 1,
        clock.instant());
    store.insertProfile(stored);
    return stored;
  }

  @Override
  public StoredTargetProfile updateTargetProfile(
      Actor actor, TargetProfileId id, long expectedRevision, String name, TargetProfile profile) {
    StoredTargetProfile current = ownProfile(actor, id);
    String n = name(name);
    validated(profile, new HashMap<>());
    if (!store.updateProfile(id.value(), expectedRevision, n, profile, clock.instant())) {
      throw new ConcurrentGapChangeException(current.name());
    }
    return store.profile(id.value()).orElseThrow();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public StoredTargetProfile targetProfile(Actor actor, TargetProfileId id) {
    return ownProfile(actor, id);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StoredTargetProfile> targetProfiles(Actor actor) {
    return store.profiles(municipality(actor).value());
  }

  @Override
  public void deleteTargetProfile(Actor actor, TargetProfileId id, long expectedRevision) {
    StoredTargetProfile current = ownProfile(actor, id);
    if (!store.deleteProfile(id.value(), expectedRevision)) {
      throw new ConcurrentGapChangeException(current.name());
    }
  }

  // ------------------------------------------------------------------ teams

  @Override
  public Team createTeam(Actor actor, String name, TeamState state) {
    OrganisationId owner = municipality(actor);
    Team team = new Team(new TeamId(UUID.randomUUID()), owner, name(name), state, List.of(),
        LevelDerivationRule.DEFAULT, 1, clock.instant());
    store.insertTeam(team);
    return team;
  }

  @Override
  public Team updateTeam(Actor actor, TeamId id, long expectedRevision, String name, TeamState state) {
    Team current = ownTeam(actor, id);
    String n = name(name);
    if (!store.updateTeam(id.value(), expectedRevision, n, state, clock.instant())) {
      throw new ConcurrentGapChangeException(current.name());
    }
    return store.team(id.value()).orElseThrow();
  }

  @Override
  public Team updateScores(
      Actor actor, TeamId id, long expectedRevision, List<BehaviourScore> scores, LevelDerivationRule rule) {
    Team current = ownTeam(actor, id);
    for (BehaviourScore score : scores) {
      if (current.state().find(score.person()).isEmpty()) {
        throw new InvalidGapInputException(InvalidGapInputException.LABEL_UNKNOWN, score.person().value());
      }
    }
    if (!store.updateScores(id.value(), expectedRevision, scores, rule, clock.instant())) {
      throw new ConcurrentGapChangeException(current.name());
    }
    return store.team(id.value()).orElseThrow();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Team team(Actor actor, TeamId id) {
    return ownTeam(actor, id);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Team> teams(Actor actor) {
    return store.teams(municipality(actor).value());
  }

  @Override
  public void deleteTeam(Actor actor, TeamId id, long expectedRevision) {
    Team current = ownTeam(actor, id);
    if (!store.deleteTeam(id.value(), expectedRevision)) {
      throw new ConcurrentGapChangeException(current.name());
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public TeamState effectiveState(Actor actor, TeamId team, TargetProfileId profile) {
    return effective(ownTeam(actor, team), ownProfile(actor, profile).profile(), new HashMap<>());
  }

  /**
   * The entered levels completed by levels derived from the 360° scores: per target competency,
   * each level's behaviour examples are those whose {@code level} extension names it (the
   * Standaard's indicators); without such extensions all examples define the lowest level.
   */
  private TeamState effective(Team team, TargetProfile profile, Map<ItemId, Scale> cache) {
    if (team.scores().isEmpty()) {
      return team.state();
    }
    List<LevelDefinition> definitions = new ArrayList<>();
    for (TargetCompetency tc : profile.competencies()) {
      Scale scale = scale(tc.competency(), cache);
      Map<Integer, List<ItemId>> byLevel = new TreeMap<>();
      for (ItemSummary e : scale.examples()) {
        byLevel.computeIfAbsent(Math.max(0, levelOf(e, scale)), k -> new ArrayList<>()).add(e.id());
      }
      byLevel.forEach((level, examples) -> definitions.add(new LevelDefinition(tc.competency(), level, examples)));
    }
    return LevelDerivation.derive(team.scores(), definitions, team.rule()).fillIn(team.state());
  }

  // ------------------------------------------------------------------ files

  private List<TeamFiles.Column> columns(TargetProfile profile, Map<ItemId, Scale> cache) {
    List<TeamFiles.Column> columns = new ArrayList<>();
    for (TargetCompetency tc : profile.competencies()) {
      Scale s = scale(tc.competency(), cache);
      columns.add(new TeamFiles.Column(tc.competency(), s.item().humanCode(), s.item().label(), s.levelNames()));
    }
    return columns;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] template(Actor actor, TargetProfileId profile, TeamFileFormat format) {
    List<TeamFiles.Column> columns = columns(ownProfile(actor, profile).profile(), new HashMap<>());
    return format == TeamFileFormat.XLSX ? TeamFiles.xlsxTemplate(columns) : TeamFiles.csvTemplate(columns);
  }

  @Override
  public TeamImportReport importTeam(Actor actor, TargetProfileId profile, TeamId team, long expectedRevision,
      String newTeamName, TeamFileFormat format, byte[] content) {
    StoredTargetProfile p = ownProfile(actor, profile);
    Team current = team == null ? null : ownTeam(actor, team);
    String name = current == null ? name(newTeamName) : current.name();
    if (content.length > MAX_UPLOAD_BYTES) {
      return new TeamImportReport(0, List.of(ImportIssue.of(0, "", ImportIssue.FILE_UNREADABLE)), null);
    }
    TeamFiles.Read read = TeamFiles.read(TeamFiles.rows(content, format == TeamFileFormat.XLSX),
        columns(p.profile(), new HashMap<>()));
    if (!read.issues().isEmpty()) {
      return new TeamImportReport(read.rows(), read.issues(), null);
    }
    Team saved = current == null
        ? createTeam(actor, name, read.team())
        : updateTeam(actor, team, expectedRevision, name, read.team());
    return new TeamImportReport(read.rows(), List.of(), saved);
  }

  // ------------------------------------------------------------------ gap, search, path

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public TeamGap gap(Actor actor, TargetProfileId profile, TeamId team) {
    TargetProfile p = ownProfile(actor, profile).profile();
    return GapAnalysis.analyse(p, effective(ownTeam(actor, team), p, new HashMap<>()));
  }

  /** How long the search keeps a competency's framework facts (equivalents, learnability). */
  static final long SEARCH_FACTS_TTL_NANOS = 30_000_000_000L;

  /** What the search needs to know about a target competency from the frameworks. */
  private record SearchFacts(Set<ItemId> equivalents, HardToLearn hardToLearn, long readAt) {}

  /**
   * Per competency, read at most every {@link #SEARCH_FACTS_TTL_NANOS}: each search otherwise asks
   * the frameworks several small queries per target competency, which at 8 competencies cost more
   * than the candidate query itself (bench/gap-search.sh). A crosswalk or leerbaarheid change
   * therefore reaches the search within 30 seconds.
   *
   * <p>When the facts are due, one search reads them again and the searches running meanwhile use
   * the facts they replace: otherwise every concurrent search read them at once (at 16 clients that
   * burst took the 95th percentile from tens to hundreds of milliseconds).
   */
  private final Map<ItemId, SearchFacts> searchFacts = new java.util.concurrent.ConcurrentHashMap<>();

  /** The competencies whose facts one search is reading again. */
  private final Set<ItemId> readingFacts = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private SearchFacts searchFacts(ItemId competency, Map<ItemId, Scale> cache) {
    long now = System.nanoTime();
    SearchFacts known = searchFacts.get(competency);
    if (known != null && (now - known.readAt() < SEARCH_FACTS_TTL_NANOS || !readingFacts.add(competency))) {
      return known;
    }
    try {
      Set<ItemId> same = new HashSet<>();
      for (RelatedItem r : frameworks.equivalents(competency).exactMatches()) {
        same.add(r.item().id());
      }
      HardToLearn hard = scale(competency, cache).hardToLearn()
          ? new HardToLearn(competency, fittingForms(competency, same)) : null;
      SearchFacts facts = new SearchFacts(Set.copyOf(same), hard, now);
      searchFacts.put(competency, facts);
      return facts;
    } finally {
      if (known != null) {
        readingFacts.remove(competency);
      }
    }
  }

  /** A search's request, with its candidates as columns when the store has them (else null). */
  private record Search(GapSearchRequest request, CandidateColumns columns) {
    GapSearchResult ranked(int limit) {
      return GapRanking.search(request, limit, columns);
    }
  }

  private Search request(TargetProfile profile, Team team, GapSearchFilter filter) {
    Map<ItemId, Scale> cache = new HashMap<>();
    return request(profile, effective(team, profile, cache), filter, cache);
  }

  private Search request(TargetProfile profile, TeamState state, GapSearchFilter filter,
      Map<ItemId, Scale> cache) {
    Map<ItemId, Set<ItemId>> equivalents = new HashMap<>();
    Set<UUID> competencies = new HashSet<>();
    List<HardToLearn> hard = new ArrayList<>();
    for (TargetCompetency tc : profile.competencies()) {
      competencies.add(tc.competency().value());
      SearchFacts facts = searchFacts(tc.competency(), cache);
      facts.equivalents().forEach(e -> competencies.add(e.value()));
      equivalents.put(tc.competency(), new HashSet<>(facts.equivalents()));
      if (facts.hardToLearn() != null) {
        hard.add(facts.hardToLearn());
      }
    }
    GapStore.Candidates candidates = store.accreditedCandidates(competencies, needs(profile, state, equivalents));
    return new Search(new GapSearchRequest(profile, state, candidates.list(), new Crosswalk(equivalents), filter, hard,
        LocalDate.ofInstant(clock.instant(), ZONE), null), candidates.columns());
  }

  /**
   * What a claim must do to count: per gap competency and each level someone below the required
   * level is at, a step from that level on the competency or on a crosswalk equivalent. A version
   * with no claim meeting a need scores nothing and helps no learning path ({@link
   * GapStore#accreditedCandidates}).
   */
  private static Set<GapStore.Need> needs(TargetProfile profile, TeamState state, Map<ItemId, Set<ItemId>> equivalents) {
    Set<GapStore.Need> needs = new HashSet<>();
    for (CompetencyGap g : GapAnalysis.analyse(profile, state).byPriority()) {
      for (PersonGap p : g.below()) {
        needs.add(new GapStore.Need(g.competency().value(), p.currentLevel()));
        for (ItemId same : equivalents.getOrDefault(g.competency(), Set.of())) {
          needs.add(new GapStore.Need(same.value(), p.currentLevel()));
        }
      }
    }
    return needs;
  }

  /** For the benchmark: the store's raw candidate rows for the query (same SQL, nothing mapped). */
  int rawCandidateRows(Actor actor, GapQuery query, JdbcRawCandidates raw) {
    TargetProfile profile = ownProfile(actor, query.profile()).profile();
    Map<ItemId, Set<ItemId>> equivalents = new HashMap<>();
    Set<UUID> competencies = new HashSet<>();
    for (TargetCompetency tc : profile.competencies()) {
      competencies.add(tc.competency().value());
      Set<ItemId> same = searchFacts(tc.competency(), new HashMap<>()).equivalents();
      same.forEach(i -> competencies.add(i.value()));
      equivalents.put(tc.competency(), same);
    }
    TeamState state = effective(ownTeam(actor, query.team()), profile, new HashMap<>());
    return raw.rows(competencies, needs(profile, state, equivalents));
  }

  /** The benchmark's raw query runner. */
  interface JdbcRawCandidates {
    int rows(Set<UUID> competencies, Set<GapStore.Need> needs);
  }

  /**
   * The learning forms the leerbaarheid framework links ({@code ext:servesCompetency}) to the
   * competency or one of its crosswalk equivalents, as werkvormen. Forms that are work
   * arrangements rather than something a module offers (job rotation, taakverbreding, learning from
   * information or contacts) have no werkvorm and are left out; when nothing is left the domain
   * uses every workplace form.
   */
  private Set<TeachingMethodKind> fittingForms(ItemId competency, Set<ItemId> equivalents) {
    Set<ItemId> items = new HashSet<>(equivalents);
    items.add(competency);
    Set<TeachingMethodKind> forms = new HashSet<>();
    for (List<ItemLink> links : frameworks.incoming(items, Set.of(AssociationType.SERVES_COMPETENCY)).values()) {
      for (ItemLink link : links) {
        String code = link.other().humanCode() == null ? "" : link.other().humanCode().toUpperCase(java.util.Locale.ROOT);
        if (code.endsWith("COACHING")) {
          forms.add(TeachingMethodKind.COACHING);
        } else if (code.endsWith("MENTORING")) {
          forms.add(TeachingMethodKind.MENTORING);
        } else if (code.endsWith("INTERVISIE")) {
          forms.add(TeachingMethodKind.INTERVISIE);
        } else if (code.endsWith("INTERNE-STAGES")) {
          forms.add(TeachingMethodKind.INTERNE_STAGE);
        } else if (code.endsWith("EXTERNE-STAGES")) {
          forms.add(TeachingMethodKind.EXTERNE_STAGE);
        } else if (code.endsWith("TRAINING-ON-THE-JOB")) {
          forms.add(TeachingMethodKind.TRAINING_ON_THE_JOB);
        }
      }
    }
    return forms;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public int preloadSupply() {
    return store.preload();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public GapSearchResult search(Actor actor, GapQuery query) {
    Team team = ownTeam(actor, query.team());
    return request(ownProfile(actor, query.profile()).profile(), team, query.filter()).ranked(TOP_RESULTS);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public LearningPath learningPath(Actor actor, GapQuery query, BigDecimal budget) {
    Team team = ownTeam(actor, query.team());
    GapSearchRequest request = request(ownProfile(actor, query.profile()).profile(), team, query.filter()).request();
    return LearningPathPlanner.plan(LearningPathRequest.of(request, budget));
  }

  /**
   * The profile and team of an ad-hoc search, checked as a stored profile is (every item exists,
   * required levels on its scale) plus: every level in the team lies on its competency's scale (or
   * is "below Basis") and names a competency of the profile.
   */
  private Search adHocRequest(Actor actor, TargetProfile profile, TeamState team, GapSearchFilter filter) {
    municipality(actor);
    Map<ItemId, Scale> cache = new HashMap<>();
    validated(profile, cache);
    for (var member : team.members()) {
      for (var level : member.levels().entrySet()) {
        if (profile.find(level.getKey()).isEmpty()) {
          throw new InvalidGapInputException(InvalidGapInputException.TEAM_COMPETENCY_UNKNOWN,
              member.label().value(), level.getKey());
        }
        if (level.getValue() >= scale(level.getKey(), cache).levelNames().size()) {
          throw new InvalidGapInputException(InvalidGapInputException.LEVEL_INVALID, level.getValue());
        }
      }
    }
    return request(profile, team, filter, cache);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public GapSearchResult searchAdHoc(Actor actor, TargetProfile profile, TeamState team, GapSearchFilter filter) {
    return adHocRequest(actor, profile, team, filter).ranked(TOP_RESULTS);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public LearningPath learningPathAdHoc(
      Actor actor, TargetProfile profile, TeamState team, GapSearchFilter filter, BigDecimal budget) {
    return LearningPathPlanner.plan(
        LearningPathRequest.of(adHocRequest(actor, profile, team, filter).request(), budget));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] exportLearningPath(Actor actor, GapQuery query, BigDecimal budget) {
    TargetProfile p = ownProfile(actor, query.profile()).profile();
    LearningPath path = learningPath(actor, query, budget);
    return TeamFiles.learningPathWorkbook(path, budget, columns(p, new HashMap<>()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] exportGap(Actor actor, TargetProfileId profile, TeamId team) {
    TargetProfile p = ownProfile(actor, profile).profile();
    Map<ItemId, Scale> cache = new HashMap<>();
    TeamGap gap = GapAnalysis.analyse(p, effective(ownTeam(actor, team), p, cache));
    return TeamFiles.gapWorkbook(gap, columns(p, cache));
  }

  // ------------------------------------------------------------------ saved gaps and alerts

  @Override
  public SavedGap saveGap(Actor actor, String name, GapQuery query) {
    OrganisationId owner = municipality(actor);
    ownProfile(actor, query.profile());
    ownTeam(actor, query.team());
    SavedGap gap = new SavedGap(new SavedGapId(UUID.randomUUID()), name(name), query, clock.instant());
    store.insertSavedGap(owner, gap);
    return gap;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SavedGap> savedGaps(Actor actor) {
    return store.savedGaps(municipality(actor).value()).stream().map(GapStore.Owned::value).toList();
  }

  @Override
  public void deleteSavedGap(Actor actor, SavedGapId id) {
    store.savedGap(id.value()).filter(g -> mayUse(actor, g.owner()))
        .orElseThrow(() -> new UnknownGapDataException(UnknownGapDataException.SAVED_GAP, id));
    store.deleteSavedGap(id.value());
  }

  /**
   * {@inheritDoc}
   *
   * <p>A saved gap whose profile or team can no longer be read (e.g. an item left the frameworks) is
   * skipped. A module is notified at most once per saved gap; only new notifications are returned,
   * so calling this twice sends no second e-mail.
   */
  @Override
  public List<GapAlert> newAccreditation(ModuleVersionId version) {
    List<GapAlert> alerts = new ArrayList<>();
    for (GapStore.Owned<SavedGap> owned : store.savedGaps(null)) {
      SavedGap saved = owned.value();
      List<RankedModule> results;
      try {
        Optional<StoredTargetProfile> profile = store.profile(saved.query().profile().value());
        Optional<Team> team = store.team(saved.query().team().value());
        if (profile.isEmpty() || team.isEmpty()) {
          continue;
        }
        results = request(profile.get().profile(), team.get(), saved.query().filter()).ranked(ALERT_TOP).results();
      } catch (CatalogueException e) {
        continue;
      }
      for (int i = 0; i < Math.min(ALERT_TOP, results.size()); i++) {
        RankedModule m = results.get(i);
        if (m.id().equals(version)) {
          GapAlert alert = new GapAlert(new NotificationId(UUID.randomUUID()), saved.id(), saved.name(),
              owned.owner(), version, m.title(), i + 1);
          if (store.insertNotification(alert, clock.instant())) {
            alerts.add(alert);
          }
        }
      }
    }
    return alerts;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<GapNotification> notifications(Actor actor) {
    return store.notifications(municipality(actor).value());
  }

  @Override
  public void markRead(Actor actor, NotificationId id) {
    if (!store.markRead(id.value(), municipality(actor).value(), clock.instant())) {
      throw new UnknownGapDataException(UnknownGapDataException.NOTIFICATION, id);
    }
  }

  // ------------------------------------------------------------------ market-gap radar

  private record Step(ItemId competency, int fromLevel) {}

  /**
   * {@inheritDoc}
   *
   * <p>Demand: every saved gap (a profile and team saved twice counts once) is analysed; each
   * person below a required level adds one to each step from their level to the required one.
   * Supply: each accepted claim of a version accredited today adds one to each step it bridges
   * (from its entry level, below Basis for a claim from the lowest level, up to its to-level), as
   * the ranking's bridging rule reads claims. Cells are ordered by competency code and step.
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MarketGapCell> marketGapRadar(Actor actor) {
    if (actor == null || !(actor.hasRole(Role.BEHEERDER) || actor.hasRole(Role.AANBIEDER))) {
      return List.of();
    }
    Map<Step, Integer> demand = new HashMap<>();
    Map<Step, Set<OrganisationId>> municipalities = new HashMap<>();
    Set<List<UUID>> counted = new HashSet<>();
    Map<ItemId, Scale> cache = new HashMap<>();
    for (GapStore.Owned<SavedGap> owned : store.savedGaps(null)) {
      GapQuery q = owned.value().query();
      if (!counted.add(List.of(q.profile().value(), q.team().value()))) {
        continue;
      }
      Optional<StoredTargetProfile> profile = store.profile(q.profile().value());
      Optional<Team> team = store.team(q.team().value());
      if (profile.isEmpty() || team.isEmpty()) {
        continue;
      }
      TeamGap gap;
      try {
        gap = GapAnalysis.analyse(profile.get().profile(), effective(team.get(), profile.get().profile(), cache));
      } catch (CatalogueException e) {
        continue;
      }
      for (CompetencyGap g : gap.byPriority()) {
        for (PersonGap p : g.below()) {
          for (int level = p.currentLevel(); level < p.requiredLevel(); level++) {
            Step step = new Step(g.competency(), level);
            demand.merge(step, 1, Integer::sum);
            municipalities.computeIfAbsent(step, k -> new HashSet<>()).add(owned.owner());
          }
        }
      }
    }
    Map<Step, Integer> supply = new HashMap<>();
    for (GapStore.SupplyClaim claim : store.supply()) {
      int entry = claim.from() == 0 ? TeamState.BELOW_BASIS : claim.from();
      for (int level = entry; level < claim.to(); level++) {
        supply.merge(new Step(new ItemId(claim.competency()), level), 1, Integer::sum);
      }
    }
    Set<Step> steps = new HashSet<>(demand.keySet());
    steps.addAll(supply.keySet());
    Map<ItemId, ItemSummary> items = new LinkedHashMap<>();
    List<MarketGapCell> cells = new ArrayList<>();
    for (Step step : steps) {
      ItemSummary item = items.computeIfAbsent(step.competency(),
          id -> frameworks.findItem(id).map(ItemDetail::item).orElse(null));
      int count = municipalities.getOrDefault(step, Set.of()).size();
      boolean suppressed = count > 0 && count < MarketGapCell.MIN_MUNICIPALITIES;
      cells.add(new MarketGapCell(step.competency(), item == null ? "" : item.humanCode(),
          item == null ? "" : item.label(), step.fromLevel(), suppressed ? 0 : demand.getOrDefault(step, 0),
          suppressed ? 0 : count, supply.getOrDefault(step, 0), suppressed));
    }
    cells.sort(Comparator.comparing(MarketGapCell::competencyCode).thenComparing(c -> c.competency().toString())
        .thenComparingInt(MarketGapCell::fromLevel));
    return cells;
  }
}
