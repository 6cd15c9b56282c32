package nl.vakwijzer.accreditation.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Statistics over the decided applications (those with a first decision in their trail):
 * lead times per phase in working days, scores per criterion, consolidated verdicts per competency.
 */
public record AccreditationStatistics(
    LocalDate computedOn,
    int decidedApplications,
    List<LeadTime> leadTimes,
    List<CriterionRate> criteria,
    List<CompetencyRate> competencies) {
  public AccreditationStatistics {
    leadTimes = List.copyOf(leadTimes);
    criteria = List.copyOf(criteria);
    competencies = List.copyOf(competencies);
  }
}
