package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * What a provider can choose when claiming {@code competency}: the levels of its scale, lowest
 * first (their index is the {@link ClaimLevel#ordinal()}), and its own behaviour examples or
 * indicators in its profile/hoofdtaak context. {@code hardToLearn} comes from the frameworks'
 * leerbaarheid data.
 */
public record ClaimOptions(
    ItemSummary competency,
    String frameworkCode,
    List<ItemSummary> levels,
    List<ItemSummary> behaviourExamples,
    boolean hardToLearn) {
  public ClaimOptions {
    levels = List.copyOf(levels);
    behaviourExamples = List.copyOf(behaviourExamples);
  }
}
