package nl.vakwijzer.accreditation.api;

import java.util.List;
import java.util.Set;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * What changed in a renewal (herbeoordeling) since the previous accreditation: the dossier parts
 * that differ (e.g. {@code assessmentMethods}, {@code trainers}), the criteria whose dossier parts
 * are unchanged and were scored before (these may be carried over with an auditor's
 * confirmation), and the claims unchanged, changed, new or dropped. Only changed parts and claims
 * need new scores.
 */
public record RenewalComparison(
    ApplicationId previous,
    List<String> changedDossierParts,
    Set<String> carryableCriteria,
    List<ItemId> unchangedClaims,
    List<ItemId> changedClaims,
    List<ItemId> newClaims,
    List<ItemId> droppedClaims) {
  public RenewalComparison {
    changedDossierParts = List.copyOf(changedDossierParts);
    carryableCriteria = Set.copyOf(carryableCriteria);
    unchangedClaims = List.copyOf(unchangedClaims);
    changedClaims = List.copyOf(changedClaims);
    newClaims = List.copyOf(newClaims);
    droppedClaims = List.copyOf(droppedClaims);
  }
}
