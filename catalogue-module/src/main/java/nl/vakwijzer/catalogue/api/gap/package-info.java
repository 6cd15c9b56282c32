/**
 * Public records of the gap search for municipalities (issue 6): the inputs (target profile, team
 * state with pseudonymous labels, 360° scores and the level-derivation rule, accredited candidates,
 * crosswalk equivalents, filters, hard-to-learn competencies, budget) and the outputs (team gap with
 * radar averages and heat map, ranked modules with structured reasons, learnability advice,
 * learning path with the greedy/exact comparison).
 *
 * <p>Everything a user reads is a message key plus arguments ({@link
 * nl.vakwijzer.catalogue.api.gap.GapReason}, {@link nl.vakwijzer.catalogue.api.gap.LearnabilityAdvice},
 * {@link nl.vakwijzer.catalogue.api.gap.InvalidGapInputException}); the web module owns the Dutch
 * texts. Levels are ordinals on the framework's scale; {@link
 * nl.vakwijzer.catalogue.api.gap.TeamState#BELOW_BASIS} (-1) is "below Basis".
 */
package nl.vakwijzer.catalogue.api.gap;
