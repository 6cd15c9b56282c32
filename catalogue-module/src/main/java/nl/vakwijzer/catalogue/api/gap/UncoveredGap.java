package nl.vakwijzer.catalogue.api.gap;

import nl.vakwijzer.catalogue.api.ItemId;

/**
 * What the learning path leaves open for one person and competency: they start at {@code
 * currentLevel}, the path brings them to {@code reachedLevel}, {@code requiredLevel} is needed.
 */
public record UncoveredGap(PersonLabel person, ItemId competency, int currentLevel, int reachedLevel, int requiredLevel) {
  public int stepsMissing() {
    return requiredLevel - reachedLevel;
  }
}
