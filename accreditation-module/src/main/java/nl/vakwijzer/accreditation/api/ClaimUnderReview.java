package nl.vakwijzer.accreditation.api;

import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * An accredited claim that refers to a changed or retired framework item (its competency or one
 * of its behaviour examples), listed for a targeted review after a framework version was
 * superseded.
 */
public record ClaimUnderReview(
    ApplicationId application,
    ModuleVersionId version,
    OrganisationId provider,
    String moduleTitle,
    LocalDate validUntil,
    AcceptedClaim claim,
    List<ItemId> affectedItems) {
  public ClaimUnderReview {
    affectedItems = List.copyOf(affectedItems);
  }
}
