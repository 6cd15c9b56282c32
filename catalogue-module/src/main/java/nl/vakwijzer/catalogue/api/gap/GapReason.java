package nl.vakwijzer.catalogue.api.gap;

import java.util.List;
import java.util.Objects;

/**
 * One structured explanation of a result: a message key and its arguments; the web module turns it
 * into Dutch ("Sluit Probleemanalyse Basis → Vakbekwaam voor 5 van de 7 medewerkers"). Item ids
 * among the arguments are resolved to names by the web module. The keys are the constants here.
 */
public record GapReason(String key, List<Object> arguments) {
  /** {0} competency, {1} from level, {2} to level, {3} people fully bridged, {4} people below. */
  public static final String CLOSES = "gap.reason.closes";
  /** {0} competency, {1} from level, {2} to level, {3} people helped part of the way, {4} people below. */
  public static final String PARTIAL = "gap.reason.partial";
  /** {0} competency, {1} the covered behaviour examples of interest (list of item ids). */
  public static final String BEHAVIOUR_EXAMPLES = "gap.reason.behaviourExamples";
  /** {0} the target competency, {1} the equivalent item the module claims (crosswalk). */
  public static final String EQUIVALENT = "gap.reason.equivalent";
  /** {0} competency, {1} the module's werkvormen that fit its hard-to-learn components. */
  public static final String LEARNING_FORM = "gap.reason.learningForm";
  /** {0} competency: hard to learn and the module offers only classroom/e-learning for it. */
  public static final String COURSE_ALONE = "gap.reason.courseAlone";
  /** {0} date of the next offering in the period, {1} municipality ("" when online). */
  public static final String NEXT_OFFERING = "gap.reason.nextOffering";
  /** Runnable in-company. */
  public static final String IN_COMPANY = "gap.reason.inCompany";

  public GapReason {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  public static GapReason of(String key, Object... arguments) {
    return new GapReason(key, List.of(arguments));
  }
}
