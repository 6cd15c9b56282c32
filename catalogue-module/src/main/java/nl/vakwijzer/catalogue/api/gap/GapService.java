package nl.vakwijzer.catalogue.api.gap;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ModuleVersionId;

/**
 * The gap search for municipalities over stored data (issue 6): target profiles, teams with
 * pseudonymous labels, team uploads, the gap, the ranked search and learning path over accredited
 * modules, saved gaps with alerts, and the anonymous market-gap radar. The rules themselves live in
 * the pure domain ({@code GapAnalysis}, {@code GapRanking}, {@code LearningPathPlanner}).
 *
 * <p>Authorization: a GEMEENTE user works only with its own organisation's profiles, teams and saved
 * gaps; any other id is answered like an id that does not exist ({@link UnknownGapDataException}),
 * never with data. Only the radar is for BEHEERDER and AANBIEDER users. Changes to profiles and teams
 * carry the revision the caller read; a stale one raises {@link ConcurrentGapChangeException}.
 */
public interface GapService {

  /**
   * Loads the accredited supply the search keeps in memory now rather than at the first search
   * (at 100,000 modules that takes tens of seconds); the application calls it in the background at
   * start-up.
   *
   * @return the number of accredited versions held
   */
  int preloadSupply();

  // ---- target profiles

  /**
   * The profile a source expands to, without storing it (for a preview).
   *
   * @throws nl.vakwijzer.catalogue.api.UnknownItemException for an unknown item
   * @throws InvalidGapInputException when it expands to no competency or a level is off the scale
   */
  TargetProfile expand(@NotNull TargetProfileSource source);

  StoredTargetProfile createTargetProfile(@NotNull Actor actor, @NotNull String name, @NotNull TargetProfileSource source);

  StoredTargetProfile updateTargetProfile(
      @NotNull Actor actor, @NotNull TargetProfileId id, long expectedRevision, @NotNull String name,
      @NotNull TargetProfile profile);

  StoredTargetProfile targetProfile(@NotNull Actor actor, @NotNull TargetProfileId id);

  /** The actor's organisation's profiles, by name. */
  List<StoredTargetProfile> targetProfiles(@NotNull Actor actor);

  void deleteTargetProfile(@NotNull Actor actor, @NotNull TargetProfileId id, long expectedRevision);

  // ---- teams

  Team createTeam(@NotNull Actor actor, @NotNull String name, @NotNull TeamState state);

  /** Replaces the entered levels (the grid); scores and rule are kept. */
  Team updateTeam(@NotNull Actor actor, @NotNull TeamId id, long expectedRevision, @NotNull String name,
      @NotNull TeamState state);

  /** Replaces the 360° scores and the rule that derives levels from them. */
  Team updateScores(@NotNull Actor actor, @NotNull TeamId id, long expectedRevision,
      @NotNull List<BehaviourScore> scores, @NotNull LevelDerivationRule rule);

  Team team(@NotNull Actor actor, @NotNull TeamId id);

  List<Team> teams(@NotNull Actor actor);

  void deleteTeam(@NotNull Actor actor, @NotNull TeamId id, long expectedRevision);

  /**
   * The levels the gap uses for {@code profile}: the entered levels, completed by levels derived
   * from the 360° scores with the team's rule (an entered level always wins).
   */
  TeamState effectiveState(@NotNull Actor actor, @NotNull TeamId team, @NotNull TargetProfileId profile);

  // ---- upload and download

  /**
   * An empty upload template: a header "label" + one column per competency code of the profile, and
   * (XLSX) a second sheet explaining the values (level names, ordinals, "onder basis").
   */
  byte[] template(@NotNull Actor actor, @NotNull TargetProfileId profile, @NotNull TeamFileFormat format);

  /**
   * Reads a team's levels from CSV or XLSX against {@code profile}'s competency codes and replaces
   * the team's entered levels (or creates a team named {@code newTeamName} when {@code team} is
   * null). Values: a level name of the scale, its ordinal, "onder basis" (or -1), empty = not
   * assessed. Nothing is stored when any issue is found.
   */
  TeamImportReport importTeam(@NotNull Actor actor, @NotNull TargetProfileId profile, TeamId team,
      long expectedRevision, String newTeamName, @NotNull TeamFileFormat format, @NotNull byte[] content);

  // ---- gap, search and learning path

  TeamGap gap(@NotNull Actor actor, @NotNull TargetProfileId profile, @NotNull TeamId team);

  /** How many ranked modules a search returns at most ({@link GapSearchResult#matching} counts them all). */
  int TOP_RESULTS = 100;

  /** The best {@link #TOP_RESULTS} accredited modules (accepted claims at accepted levels only) for the gap, ranked. */
  GapSearchResult search(@NotNull Actor actor, @NotNull GapQuery query);

  /** The cheapest combination of modules closing the gap, within {@code budget} (null = none). */
  LearningPath learningPath(@NotNull Actor actor, @NotNull GapQuery query, BigDecimal budget);

  /**
   * The learning path of {@link #learningPath} as XLSX (Dutch headings): a summary (total cost,
   * budget, steps closed, solver and its distance to the optimum), the modules with who follows them,
   * a sheet per person, and what remains uncovered.
   */
  byte[] exportLearningPath(@NotNull Actor actor, @NotNull GapQuery query, BigDecimal budget);

  /**
   * The ranked search for a target profile and team state given directly (e.g. by REST), without
   * storing anything; for GEMEENTE users. The input is checked as stored data is: every item must
   * exist ({@link nl.vakwijzer.catalogue.api.UnknownItemException}), every required and current
   * level lie on its competency's scale, and team levels name competencies of the profile ({@link
   * InvalidGapInputException}).
   *
   * @throws nl.vakwijzer.catalogue.api.UnknownOrganisationException for anyone but a GEMEENTE user
   */
  GapSearchResult searchAdHoc(@NotNull Actor actor, @NotNull TargetProfile profile, @NotNull TeamState team,
      GapSearchFilter filter);

  /** The learning path for a profile and team given directly, as {@link #searchAdHoc}; budget null = none. */
  LearningPath learningPathAdHoc(@NotNull Actor actor, @NotNull TargetProfile profile, @NotNull TeamState team,
      GapSearchFilter filter, BigDecimal budget);

  /** The gap as XLSX: a people × competency sheet and the priority list (Dutch headings). */
  byte[] exportGap(@NotNull Actor actor, @NotNull TargetProfileId profile, @NotNull TeamId team);

  // ---- saved gaps and alerts

  SavedGap saveGap(@NotNull Actor actor, @NotNull String name, @NotNull GapQuery query);

  List<SavedGap> savedGaps(@NotNull Actor actor);

  void deleteSavedGap(@NotNull Actor actor, @NotNull SavedGapId id);

  /**
   * Re-runs every saved gap's ranking after {@code version} was accredited; stores an in-app
   * notification and returns an alert for each saved gap whose top 10 now holds the module. Called
   * by the web module's observer (no actor: a system operation).
   */
  List<GapAlert> newAccreditation(@NotNull ModuleVersionId version);

  /** The actor's organisation's notifications, newest first. */
  List<GapNotification> notifications(@NotNull Actor actor);

  void markRead(@NotNull Actor actor, @NotNull NotificationId id);

  // ---- market-gap radar

  /**
   * Demand (people-steps of saved gaps) against supply (accredited claims) per competency and
   * level step, anonymous; for BEHEERDER and AANBIEDER users (others: an empty list).
   */
  List<MarketGapCell> marketGapRadar(@NotNull Actor actor);
}
