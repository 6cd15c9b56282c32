package nl.vakwijzer.catalogue.api.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * The user's filters; every {@code null} or empty field means "no filter". The rules:
 *
 * <ul>
 *   <li><b>location</b>: some usable offering (status PLANNED or OPEN; in the period when one is
 *       set) is online (when allowed) or in one of the municipalities. A module that can be run
 *       in-company also passes, since it comes to the municipality.
 *   <li><b>deliveryModes</b>: the module's delivery mode is one of them.
 *   <li><b>maxPricePerParticipant</b>: the per-participant price is at most this; a module with
 *       only an in-company price passes when that price divided by the team size is at most this; a
 *       module without prices (on request) fails.
 *   <li><b>periodFrom / periodTo</b>: some usable offering starts (first date) within the period,
 *       or the module can be run in-company (date by arrangement). Either end may be open.
 *   <li><b>maxStudyHours</b>: contact + self-study hours at most this; <b>maxSpanWeeks</b>: span in
 *       weeks at most this (0 = unknown passes).
 *   <li><b>languages</b>: the module's language is one of them (case-insensitive).
 *   <li><b>inCompanyOnly</b>: the module can be run in-company.
 *   <li><b>providers</b>: the module's provider is one of them.
 * </ul>
 */
public record GapSearchFilter(
    LocationFilter location,
    Set<DeliveryMode> deliveryModes,
    BigDecimal maxPricePerParticipant,
    LocalDate periodFrom,
    LocalDate periodTo,
    BigDecimal maxStudyHours,
    Integer maxSpanWeeks,
    Set<String> languages,
    boolean inCompanyOnly,
    Set<OrganisationId> providers) {
  /** No filtering at all. */
  public static final GapSearchFilter NONE =
      new GapSearchFilter(null, Set.of(), null, null, null, null, null, Set.of(), false, Set.of());

  public GapSearchFilter {
    deliveryModes = deliveryModes == null ? Set.of() : Set.copyOf(deliveryModes);
    languages = languages == null ? Set.of()
        : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    providers = providers == null ? Set.of() : Set.copyOf(providers);
    if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
      throw new InvalidGapInputException(InvalidGapInputException.PERIOD_INVALID, periodFrom, periodTo);
    }
  }

  public GapSearchFilter withLocation(LocationFilter value) {
    return new GapSearchFilter(value, deliveryModes, maxPricePerParticipant, periodFrom, periodTo, maxStudyHours,
        maxSpanWeeks, languages, inCompanyOnly, providers);
  }

  public GapSearchFilter withDeliveryModes(Set<DeliveryMode> value) {
    return new GapSearchFilter(location, value, maxPricePerParticipant, periodFrom, periodTo, maxStudyHours,
        maxSpanWeeks, languages, inCompanyOnly, providers);
  }

  public GapSearchFilter withMaxPricePerParticipant(BigDecimal value) {
    return new GapSearchFilter(location, deliveryModes, value, periodFrom, periodTo, maxStudyHours,
        maxSpanWeeks, languages, inCompanyOnly, providers);
  }

  public GapSearchFilter withPeriod(LocalDate from, LocalDate to) {
    return new GapSearchFilter(location, deliveryModes, maxPricePerParticipant, from, to, maxStudyHours,
        maxSpanWeeks, languages, inCompanyOnly, providers);
  }

  public GapSearchFilter withMaxDuration(BigDecimal studyHours, Integer spanWeeks) {
    return new GapSearchFilter(location, deliveryModes, maxPricePerParticipant, periodFrom, periodTo, studyHours,
        spanWeeks, languages, inCompanyOnly, providers);
  }

  public GapSearchFilter withLanguages(Set<String> value) {
    return new GapSearchFilter(location, deliveryModes, maxPricePerParticipant, periodFrom, periodTo, maxStudyHours,
        maxSpanWeeks, value, inCompanyOnly, providers);
  }

  public GapSearchFilter withInCompanyOnly(boolean value) {
    return new GapSearchFilter(location, deliveryModes, maxPricePerParticipant, periodFrom, periodTo, maxStudyHours,
        maxSpanWeeks, languages, value, providers);
  }

  public GapSearchFilter withProviders(Set<OrganisationId> value) {
    return new GapSearchFilter(location, deliveryModes, maxPricePerParticipant, periodFrom, periodTo, maxStudyHours,
        maxSpanWeeks, languages, inCompanyOnly, value);
  }
}
