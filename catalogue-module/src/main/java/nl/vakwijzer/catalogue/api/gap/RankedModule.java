package nl.vakwijzer.catalogue.api.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * One ranked result with its score, its tie-breakers and its reasons.
 *
 * <p>{@code personStepsClosed}: the level steps it closes over all people and gap competencies
 * (unweighted); {@code costPerStep}: the group cost for the people it helps (see the learning-path
 * cost rule) divided by those steps, {@code null} when it has no price; {@code nextOffering}: the
 * first date of the earliest usable offering in the period, {@code null} when none;
 * {@code inRegionOrOnline}: an offering matches the location filter (always true without one).
 */
public record RankedModule(
    ModuleVersionId id,
    String title,
    OrganisationId provider,
    String providerName,
    double score,
    int personStepsClosed,
    BigDecimal costPerStep,
    LocalDate nextOffering,
    boolean inRegionOrOnline,
    LocalDate accreditedSince,
    List<GapReason> reasons) {
  public RankedModule {
    reasons = List.copyOf(reasons);
  }
}
