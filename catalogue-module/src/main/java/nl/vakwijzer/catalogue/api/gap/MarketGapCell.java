package nl.vakwijzer.catalogue.api.gap;

import nl.vakwijzer.catalogue.api.ItemId;

/**
 * One cell of the market-gap radar: a competency and a level step ({@code fromLevel} →
 * {@code fromLevel + 1}; -1 is "below Basis"). {@code demand} = people-steps of saved gaps that need
 * this step; {@code supply} = accepted claims of versions accredited today that cover the step.
 * Anonymous: a cell whose demand comes from fewer than 3 municipalities is {@code suppressed}, its
 * demand then reported as 0 and {@code municipalities} as 0.
 */
public record MarketGapCell(
    ItemId competency,
    String competencyCode,
    String competencyName,
    int fromLevel,
    int demand,
    int municipalities,
    int supply,
    boolean suppressed) {
  /** Fewer municipalities than this: the demand is not shown. */
  public static final int MIN_MUNICIPALITIES = 3;
}
