package nl.vakwijzer.catalogue.gap;

import java.math.BigDecimal;
import nl.vakwijzer.catalogue.api.Prices;

/**
 * What a module costs for a group (issue item 6; used by the ranking's cost-per-step tie-breaker
 * and by the learning path).
 *
 * <p>Rule: for n &ge; 1 participants the cost is the per-participant price × n, or the in-company
 * price (a flat price for one group) when that is lower; whichever price is absent is not an
 * option. No participants cost nothing. A module with neither price (on request) has no cost and
 * is left out of learning paths. Group-size limits and VAT are not modelled (the dossier's prices
 * are taken as stated).
 */
public final class GapCosts {
  private GapCosts() {}

  /** The cost for {@code participants} people, {@code null} when the module has no price. */
  public static BigDecimal groupCost(Prices prices, int participants) {
    if (participants <= 0) {
      return prices.perParticipant() == null && prices.inCompany() == null ? null : BigDecimal.ZERO;
    }
    BigDecimal open = prices.perParticipant() == null ? null
        : prices.perParticipant().multiply(BigDecimal.valueOf(participants));
    BigDecimal group = prices.inCompany();
    if (open == null) {
      return group;
    }
    return group == null || open.compareTo(group) <= 0 ? open : group;
  }

  /** Whether the in-company price is the one {@link #groupCost} takes for this group. */
  public static boolean inCompanyChosen(Prices prices, int participants) {
    if (participants <= 0 || prices.inCompany() == null) {
      return false;
    }
    return prices.perParticipant() == null
        || prices.perParticipant().multiply(BigDecimal.valueOf(participants)).compareTo(prices.inCompany()) > 0;
  }

  static boolean hasPrice(Prices prices) {
    return prices.perParticipant() != null || prices.inCompany() != null;
  }
}
