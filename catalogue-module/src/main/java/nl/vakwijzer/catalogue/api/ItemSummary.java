package nl.vakwijzer.catalogue.api;

import java.util.Map;
import java.util.Optional;

/**
 * A framework item as lists and trees show it.
 *
 * <p>{@code humanCode} is unique within the framework version (e.g. {@code SV.C4},
 * {@code DIV.INK.HT3.INTEGRITEIT.2}); {@code fullStatement} is the verbatim text of the source;
 * {@code abbreviatedStatement} is a short name where the item has one, else {@code null};
 * {@code position} is the 1-based document order within the framework.
 *
 * <p>{@code extensions} are the item's CASE extensions with scalar values as text, for example
 * {@code level} ({@code BASIS}/{@code VAKBEKWAAM}/{@code VAKVOLWASSEN}), {@code dimension}
 * ({@code A}/{@code B}/{@code C}/{@code D}), {@code taskType} ({@code PRIMAIR}/{@code SECUNDAIR}),
 * {@code scaleValue} and {@code hardToLearn}; list values are joined with {@code "; "}.
 */
public record ItemSummary(
    ItemId id,
    FrameworkId frameworkId,
    String frameworkCode,
    String humanCode,
    ItemType type,
    String fullStatement,
    String abbreviatedStatement,
    int position,
    Map<String, String> extensions) {

  public ItemSummary {
    extensions = Map.copyOf(extensions);
  }

  /** The short name when there is one, else the full statement. */
  public String label() {
    return abbreviatedStatement != null && !abbreviatedStatement.isBlank()
        ? abbreviatedStatement
        : fullStatement;
  }

  /** One extension value, e.g. {@code extension("level")}. */
  public Optional<String> extension(String name) {
    return Optional.ofNullable(extensions.get(name));
  }
}
