package nl.vakwijzer.catalogue.gap;

import java.util.List;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;

/**
 * A search's candidates (the request's list, in the same positions) as columns, so that {@link
 * GapRanking#search(nl.vakwijzer.catalogue.api.gap.GapSearchRequest, int, CandidateColumns)} can
 * score tens of thousands of them by walking arrays per gap competency instead of visiting each
 * candidate's objects (issue #6 performance goals; at 100,000 modules the object walk was bound by
 * memory access). The in-memory supply keeps its claims this way anyway.
 */
public interface CandidateColumns {

  /** The number of candidates. */
  int size();

  /**
   * Calls {@code visitor} for every accepted claim on {@code competency} of the candidates, in
   * increasing candidate position.
   */
  void forEachClaim(UUID competency, ClaimVisitor visitor);

  /** The number of distinct behaviour-example lists: the ids {@link ClaimVisitor} passes are below it. */
  int exampleLists();

  /** The last day the candidate is findable, as an epoch day ({@code Long.MAX_VALUE} without end). */
  long findableUntil(int candidate);

  /** One claim of one candidate. */
  @FunctionalInterface
  interface ClaimVisitor {
    /**
     * @param candidate the candidate's position in the list
     * @param from the claim's from-level ordinal
     * @param to the claim's to-level ordinal
     * @param examplesId the id of its behaviour-example list: equal ids, equal lists
     * @param examples its behaviour examples
     * @param werkvormen the candidate's werkvormen as a mask ({@link #mask})
     */
    void claim(int candidate, int from, int to, int examplesId, List<ItemId> examples, int werkvormen);
  }

  /** Werkvormen as a bit mask by ordinal. */
  static int mask(Iterable<TeachingMethodKind> kinds) {
    int mask = 0;
    for (TeachingMethodKind kind : kinds) {
      mask |= 1 << kind.ordinal();
    }
    return mask;
  }
}
