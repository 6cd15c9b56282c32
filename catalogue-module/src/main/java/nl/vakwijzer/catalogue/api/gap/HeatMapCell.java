package nl.vakwijzer.catalogue.api.gap;

import nl.vakwijzer.catalogue.api.ItemId;

/**
 * One cell of the people × competency heat map: the person's current level ({@code null} when not
 * assessed), the required level, and the steps below it (0 when at or above).
 */
public record HeatMapCell(PersonLabel person, ItemId competency, Integer currentLevel, int requiredLevel) {
  public int stepsBelow() {
    return currentLevel == null ? 0 : Math.max(0, requiredLevel - currentLevel);
  }
}
