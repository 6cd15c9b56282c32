package nl.vakwijzer.catalogue.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.LocationFilter;

/**
 * The filters of {@link GapSearchFilter} (rules documented there), plus findability: a version
 * whose accreditation ended before the reference date is out.
 *
 * <p>A <em>usable</em> offering is PLANNED or OPEN, does not start before the reference date, and,
 * when a period is set, has dates and starts within the period.
 */
final class CandidateFilter {
  private CandidateFilter() {}

  static boolean accepts(GapCandidate c, GapSearchFilter f, int teamSize, LocalDate asOf) {
    return findable(c, asOf)
        && location(c, f, asOf)
        && (f.deliveryModes().isEmpty() || (c.deliveryMode() != null && f.deliveryModes().contains(c.deliveryMode())))
        && price(c, f.maxPricePerParticipant(), teamSize)
        && period(c, f, asOf)
        && duration(c, f)
        && (f.languages().isEmpty() || f.languages().contains(c.language().toLowerCase(java.util.Locale.ROOT)))
        && (!f.inCompanyOnly() || c.offersInCompany())
        && (f.providers().isEmpty() || (c.provider() != null && f.providers().contains(c.provider())));
  }

  /** Whether {@code f} filters nothing, so that {@link #accepts} only checks findability. */
  static boolean onlyFindability(GapSearchFilter f) {
    return GapSearchFilter.NONE.equals(f);
  }

  static boolean findable(GapCandidate c, LocalDate asOf) {
    return c.accreditedUntil() == null || !c.accreditedUntil().isBefore(asOf);
  }

  private static boolean usable(Offering o, GapSearchFilter f, LocalDate asOf) {
    return (o.status() == OfferingStatus.PLANNED || o.status() == OfferingStatus.OPEN)
        && (o.dates().isEmpty() ? f.periodFrom() == null && f.periodTo() == null : startsIn(o, f, asOf));
  }

  private static boolean startsIn(Offering o, GapSearchFilter f, LocalDate asOf) {
    LocalDate start = o.dates().get(0);
    return !start.isBefore(asOf)
        && (f.periodFrom() == null || !start.isBefore(f.periodFrom()))
        && (f.periodTo() == null || !start.isAfter(f.periodTo()));
  }

  /** Whether an offering matches the location filter ({@code true} without one). */
  static boolean matchesLocation(Offering o, LocationFilter location) {
    if (location == null) {
      return true;
    }
    return o.location().online() ? location.online() : location.includes(o.location().municipality());
  }

  private static boolean location(GapCandidate c, GapSearchFilter f, LocalDate asOf) {
    return f.location() == null || c.offersInCompany() || inRegionOrOnline(c, f, asOf);
  }

  private static boolean price(GapCandidate c, BigDecimal max, int teamSize) {
    if (max == null) {
      return true;
    }
    if (c.prices().perParticipant() != null) {
      return c.prices().perParticipant().compareTo(max) <= 0;
    }
    if (c.prices().inCompany() != null) {
      return c.prices().inCompany().divide(BigDecimal.valueOf(teamSize), 2, RoundingMode.HALF_UP).compareTo(max) <= 0;
    }
    return false;
  }

  private static boolean period(GapCandidate c, GapSearchFilter f, LocalDate asOf) {
    if (f.periodFrom() == null && f.periodTo() == null) {
      return true;
    }
    if (c.offersInCompany()) {
      return true;
    }
    for (Offering o : c.offerings()) {
      if (usable(o, f, asOf)) {
        return true;
      }
    }
    return false;
  }

  private static boolean duration(GapCandidate c, GapSearchFilter f) {
    boolean hours = f.maxStudyHours() == null
        || c.size().contactHours().add(c.size().selfStudyHours()).compareTo(f.maxStudyHours()) <= 0;
    boolean weeks = f.maxSpanWeeks() == null || c.size().spanWeeks() <= f.maxSpanWeeks();
    return hours && weeks;
  }

  /** The earliest usable offering that matches the location filter. */
  static Optional<Offering> nextOffering(GapCandidate c, GapSearchFilter f, LocalDate asOf) {
    Offering next = null;
    for (Offering o : c.offerings()) {
      if (!o.dates().isEmpty() && usable(o, f, asOf) && matchesLocation(o, f.location())
          && (next == null || NEXT.compare(o, next) < 0)) {
        next = o;
      }
    }
    return Optional.ofNullable(next);
  }

  private static final java.util.Comparator<Offering> NEXT =
      java.util.Comparator.comparing((Offering o) -> o.dates().get(0)).thenComparing(Offering::id);

  /** Some usable offering is online or in the chosen municipalities (always true without a location filter). */
  static boolean inRegionOrOnline(GapCandidate c, GapSearchFilter f, LocalDate asOf) {
    if (f.location() == null) {
      return true;
    }
    for (Offering o : c.offerings()) {
      if (usable(o, f, asOf) && matchesLocation(o, f.location())) {
        return true;
      }
    }
    return false;
  }
}
