package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import nl.vakwijzer.catalogue.api.Actor;

/** Statistics of the accreditation workflow, for a beheerder or besluitnemer (read-only). */
public interface AccreditationStatisticsService {

  /**
   * Lead times (submission → decision; intake, review, advice → decision) as median, mean and
   * maximum in working days, the share of each score per criterion and the consolidated verdicts
   * per competency, over every application that received a decision (also when it was later
   * changed on objection, suspended or ended: its first decision counts). Anyone but a beheerder or
   * besluitnemer: {@link ApplicationAccessException}.
   */
  AccreditationStatistics statistics(@NotNull Actor actor);
}
