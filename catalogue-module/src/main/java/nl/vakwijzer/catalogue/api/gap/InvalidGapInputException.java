package nl.vakwijzer.catalogue.api.gap;

import nl.vakwijzer.catalogue.api.CatalogueException;

/**
 * Refused input of the gap search: a bad pseudonymous label, a level off the scale, an empty team,
 * a weight or budget that is not positive, and so on. The message key (one of the constants here)
 * and its arguments are resolved to Dutch by the web module; the domain never builds user text.
 */
public final class InvalidGapInputException extends CatalogueException {
  /** {0} = the label as given. */
  public static final String LABEL_INVALID = "gap.label.invalid";
  /** {0} = the label. */
  public static final String LABEL_DUPLICATE = "gap.team.labelDuplicate";
  /** No people in the team. */
  public static final String TEAM_EMPTY = "gap.team.empty";
  /** No competencies in the target profile. */
  public static final String PROFILE_EMPTY = "gap.profile.empty";
  /** {0} = the competency id. */
  public static final String COMPETENCY_DUPLICATE = "gap.profile.competencyDuplicate";
  /** {0} = the competency id, {1} = the weight. */
  public static final String WEIGHT_INVALID = "gap.profile.weightInvalid";
  /** {0} = the level ordinal as given. */
  public static final String LEVEL_INVALID = "gap.level.invalid";
  /** {0} = the score as given (the scale is 1..6). */
  public static final String SCORE_INVALID = "gap.score.invalid";
  /** {0} = the threshold, {1} = the required share. */
  public static final String RULE_INVALID = "gap.rule.invalid";
  /** {0} = the budget as given. */
  public static final String BUDGET_INVALID = "gap.budget.invalid";
  /** {0} = start of the period, {1} = end of the period. */
  public static final String PERIOD_INVALID = "gap.period.invalid";

  /** {0} = the name as given: empty or longer than 200 characters. */
  public static final String NAME_INVALID = "gap.name.invalid";
  /** {0} = the person's label, {1} = a competency id that is not in the target profile. */
  public static final String TEAM_COMPETENCY_UNKNOWN = "gap.team.competencyUnknown";
  /** {0} = a label with 360° scores that is not in the team. */
  public static final String LABEL_UNKNOWN = "gap.team.labelUnknown";

  public InvalidGapInputException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
