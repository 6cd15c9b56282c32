package nl.vakwijzer.catalogue.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;

/** The columns of a list of candidates, built once from its objects (for tests; the supply keeps its own). */
final class ListColumns implements CandidateColumns {
  private record Claim(int candidate, int from, int to, int examplesId, List<ItemId> examples, int werkvormen) {}

  private final int size;
  private final long[] until;
  private final Map<UUID, List<Claim>> byCompetency = new HashMap<>();
  private final Map<List<ItemId>, Integer> exampleIds = new HashMap<>();

  ListColumns(List<GapCandidate> candidates) {
    size = candidates.size();
    until = new long[size];
    for (int p = 0; p < size; p++) {
      GapCandidate c = candidates.get(p);
      until[p] = c.accreditedUntil() == null ? Long.MAX_VALUE : c.accreditedUntil().toEpochDay();
      int werkvormen = CandidateColumns.mask(c.werkvormen());
      for (AcceptedClaim claim : c.claims()) {
        int examplesId = exampleIds.computeIfAbsent(claim.behaviourExamples(), k -> exampleIds.size());
        byCompetency.computeIfAbsent(claim.competency().value(), k -> new ArrayList<>()).add(new Claim(p,
            claim.from().ordinal(), claim.to().ordinal(), examplesId, claim.behaviourExamples(), werkvormen));
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEachClaim(UUID competency, ClaimVisitor visitor) {
    for (Claim c : byCompetency.getOrDefault(competency, List.of())) {
      visitor.claim(c.candidate(), c.from(), c.to(), c.examplesId(), c.examples(), c.werkvormen());
    }
  }

  @Override
  public int exampleLists() {
    return exampleIds.size();
  }

  @Override
  public long findableUntil(int candidate) {
    return until[candidate];
  }
}
