package nl.vakwijzer.catalogue.gap;

import java.util.ArrayList;
import java.util.List;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.Crosswalk;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.TeamState;

/**
 * When an accepted claim bridges a person's gap (issue item 5).
 *
 * <p>A claim from F to T helps a person at level L who needs R when F ≤ L and T &gt; L: it closes
 * {@code min(T, R) − L} of the {@code R − L} steps; it bridges the gap fully when T ≥ R, partly
 * otherwise. A claim whose from-level is the lowest level of the scale (ordinal 0, e.g. Basis)
 * starts at the beginning of the scale, so it also takes people below Basis (L = −1) along;
 * from-level Vakbekwaam requires Vakbekwaam. A claim counts for a target competency when it is on
 * that competency or on an item the crosswalk marks equivalent.
 */
final class Bridging {
  private Bridging() {}

  /** A claim of a candidate that counts for a target competency. */
  record Match(AcceptedClaim claim, boolean viaCrosswalk) {}

  /** The level from which a claim takes people along (below Basis for a claim from the lowest level). */
  static int entryLevel(ClaimLevel from) {
    return from.ordinal() == 0 ? TeamState.BELOW_BASIS : from.ordinal();
  }

  /** Steps the claim closes for someone at {@code current} who needs {@code required}; 0 if it does not apply. */
  static int stepsClosed(AcceptedClaim claim, int current, int required) {
    return stepsClosed(claim.from().ordinal(), claim.to().ordinal(), current, required);
  }

  /** {@link #stepsClosed(AcceptedClaim, int, int)} for a claim from {@code from} to {@code to} (ordinals). */
  static int stepsClosed(int from, int to, int current, int required) {
    int entry = from == 0 ? TeamState.BELOW_BASIS : from;
    if (current >= required || entry > current || to <= current) {
      return 0;
    }
    return Math.min(to, required) - current;
  }

  /** The candidate's claims that count for {@code target}: direct ones first, then crosswalk equivalents. */
  static List<Match> matches(GapCandidate candidate, ItemId target, Crosswalk crosswalk) {
    var direct = new ArrayList<Match>();
    var equivalent = new ArrayList<Match>();
    var equivalents = crosswalk.equivalentsOf(target);
    for (AcceptedClaim claim : candidate.claims()) {
      if (claim.competency().equals(target)) {
        direct.add(new Match(claim, false));
      } else if (equivalents.contains(claim.competency())) {
        equivalent.add(new Match(claim, true));
      }
    }
    direct.addAll(equivalent);
    return direct;
  }
}
