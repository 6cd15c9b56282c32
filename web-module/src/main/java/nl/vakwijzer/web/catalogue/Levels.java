package nl.vakwijzer.web.catalogue;

import java.util.List;

/**
 * The Standaard's cumulative proficiency scale as its items carry it (extension {@code level}):
 * what holds at Basis holds at Vakbekwaam and Vakvolwassen too.
 */
final class Levels {
  /** Lowest first. */
  static final List<String> ORDER = List.of("BASIS", "VAKBEKWAAM", "VAKVOLWASSEN");

  private Levels() {}

  /** Position on the scale (0 = Basis); unknown levels sort after the known ones. */
  static int rank(String level) {
    int index = level == null ? -1 : ORDER.indexOf(level);
    return index < 0 ? ORDER.size() : index;
  }

  static boolean isKnown(String level) {
    return level != null && ORDER.contains(level);
  }
}
