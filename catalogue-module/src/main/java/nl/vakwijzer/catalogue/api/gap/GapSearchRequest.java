package nl.vakwijzer.catalogue.api.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the gap search needs, as plain data: the target profile, the team's current state,
 * the accredited candidates, the crosswalk, the filters, the hard-to-learn competencies, the
 * reference date ({@code asOf}: offerings before it are past, accreditations ending before it are
 * no longer findable) and the score options.
 */
public record GapSearchRequest(
    TargetProfile profile,
    TeamState team,
    List<GapCandidate> candidates,
    Crosswalk crosswalk,
    GapSearchFilter filter,
    List<HardToLearn> hardToLearn,
    LocalDate asOf,
    RankingOptions options) {
  public GapSearchRequest {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(asOf, "asOf");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    crosswalk = crosswalk == null ? Crosswalk.NONE : crosswalk;
    filter = filter == null ? GapSearchFilter.NONE : filter;
    hardToLearn = hardToLearn == null ? List.of() : List.copyOf(hardToLearn);
    options = options == null ? RankingOptions.DEFAULT : options;
  }

  /** No crosswalk, filters or learnability data; default options. */
  public static GapSearchRequest of(TargetProfile profile, TeamState team, List<GapCandidate> candidates, LocalDate asOf) {
    return new GapSearchRequest(profile, team, candidates, null, null, null, asOf, null);
  }

  public GapSearchRequest withCrosswalk(Crosswalk value) {
    return new GapSearchRequest(profile, team, candidates, value, filter, hardToLearn, asOf, options);
  }

  public GapSearchRequest withFilter(GapSearchFilter value) {
    return new GapSearchRequest(profile, team, candidates, crosswalk, value, hardToLearn, asOf, options);
  }

  public GapSearchRequest withHardToLearn(List<HardToLearn> value) {
    return new GapSearchRequest(profile, team, candidates, crosswalk, filter, value, asOf, options);
  }

  public GapSearchRequest withCandidates(List<GapCandidate> value) {
    return new GapSearchRequest(profile, team, value, crosswalk, filter, hardToLearn, asOf, options);
  }
}
