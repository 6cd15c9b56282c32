/**
 * The gap search's pure domain: no persistence, no UI, no framework look-ups. Every function takes
 * plain records of {@code nl.vakwijzer.catalogue.api.gap} and returns new ones.
 *
 * <ul>
 *   <li>{@link nl.vakwijzer.catalogue.gap.LevelDerivation}: 360° scores to levels by a configurable rule;
 *   <li>{@link nl.vakwijzer.catalogue.gap.GapAnalysis}: who is below the required level, priority,
 *       radar averages and heat map;
 *   <li>{@link nl.vakwijzer.catalogue.gap.GapRanking}: filters and ranks accredited module versions,
 *       with structured reasons and learnability advice;
 *   <li>{@link nl.vakwijzer.catalogue.gap.LearningPathPlanner}: the cheapest combination of modules,
 *       greedy and (for up to 25 candidates) exact, with the gap between them.
 * </ul>
 *
 * <p>A later application service exposes these through the catalogue api; the web module never
 * calls this package directly (module boundary rule).
 */
package nl.vakwijzer.catalogue.gap;
