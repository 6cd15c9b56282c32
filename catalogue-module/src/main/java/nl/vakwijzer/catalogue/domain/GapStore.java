package nl.vakwijzer.catalogue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapNotification;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.SavedGap;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfile;
import nl.vakwijzer.catalogue.gap.CandidateColumns;

/**
 * Storage of municipality profiles, target profiles, teams, saved gaps and notifications, and the
 * read side of the accredited supply. Each method is one unit of work (all or nothing). Methods
 * taking an {@code expectedRevision} change a row only while its revision still is that value and
 * then raise it; they return false otherwise.
 */
public interface GapStore {

  /** The organisation's type (AANBIEDER, GEMEENTE, …) and name; empty if it does not exist. */
  Optional<String[]> organisation(UUID organisation);

  // ---- municipality profiles

  Optional<MunicipalityProfile> municipalityProfile(UUID organisation);

  /** Whether another organisation's profile has this code. */
  boolean codeTaken(String code, UUID organisation);

  /** Inserts (expectedRevision 0) or updates the profile; false on a stale revision. */
  boolean saveMunicipalityProfile(MunicipalityProfile profile, long expectedRevision, Instant now);

  // ---- target profiles

  void insertProfile(StoredTargetProfile profile);

  Optional<StoredTargetProfile> profile(UUID id);

  List<StoredTargetProfile> profiles(UUID organisation);

  boolean updateProfile(UUID id, long expectedRevision, String name, TargetProfile profile, Instant now);

  boolean deleteProfile(UUID id, long expectedRevision);

  // ---- teams

  void insertTeam(Team team);

  Optional<Team> team(UUID id);

  List<Team> teams(UUID organisation);

  boolean updateTeam(UUID id, long expectedRevision, String name, TeamState state, Instant now);

  boolean updateScores(UUID id, long expectedRevision, List<BehaviourScore> scores, LevelDerivationRule rule, Instant now);

  boolean deleteTeam(UUID id, long expectedRevision);

  // ---- saved gaps and notifications

  void insertSavedGap(OrganisationId owner, SavedGap gap);

  /** A saved gap with its owner. */
  Optional<Owned<SavedGap>> savedGap(UUID id);

  /** The organisation's saved gaps, or every saved gap for {@code null}. */
  List<Owned<SavedGap>> savedGaps(UUID organisationOrNull);

  boolean deleteSavedGap(UUID id);

  /** Stores the notification unless this module was already notified for this saved gap. */
  boolean insertNotification(GapAlert alert, Instant now);

  List<GapNotification> notifications(UUID organisation);

  boolean markRead(UUID notification, UUID organisation, Instant now);

  // ---- accredited supply

  /**
   * The gap search's candidates: versions accredited today (the {@code accredited_claim} view) with
   * at least one accepted claim that closes a level step for someone, i.e. a claim on a need's
   * competency whose entry level (below Basis for a claim from the lowest level, else its
   * from-level) is at most the need's level and whose to-level is above it. Each comes with its
   * accepted claims on {@code competencies} (the gap's competencies and their crosswalk
   * equivalents) at their accepted levels, possibly with its accepted claims on other competencies
   * too (they play no part in the search), ordered by version id, with its dossier's werkvormen,
   * prices, offerings, delivery mode, language and size. Versions without such a claim would score
   * nothing and are not returned. With them, when the store keeps the supply in memory, the same
   * candidates as {@link CandidateColumns} (else {@code null}).
   */
  Candidates accreditedCandidates(Set<UUID> competencies, Set<Need> needs);

  /** The gap search's candidates, and the same as columns or {@code null}. */
  record Candidates(List<GapCandidate> list, CandidateColumns columns) {
    public static final Candidates NONE = new Candidates(List.of(), null);
  }

  /** Someone at {@code level} needs a step on {@code competency} (or on an item equivalent to it). */
  record Need(UUID competency, int level) {}

  /** Brings the in-memory supply up to date now; the number of versions it holds ({@code -1}: none kept). */
  int preload();

  /** Every accepted claim of a version accredited today, at its accepted levels. */
  List<SupplyClaim> supply();

  record SupplyClaim(UUID competency, int from, int to) {}

  /** Something with its owning organisation. */
  record Owned<T>(OrganisationId owner, T value) {}
}
