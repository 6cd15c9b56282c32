package nl.vakwijzer.catalogue.api;

/**
 * How the provider guards the module's quality (kwaliteitsbewaking, Divosa §4.6): how participants
 * evaluate it, the improvement cycle that uses the evaluations, and the complaints procedure.
 */
public record QualityAssurance(
    String evaluation, String improvementCycle, String complaintsProcedure) {
  /** Nothing filled in yet. */
  public static final QualityAssurance EMPTY = new QualityAssurance("", "", "");

  public QualityAssurance {
    evaluation = Texts.orEmpty(evaluation);
    improvementCycle = Texts.orEmpty(improvementCycle);
    complaintsProcedure = Texts.orEmpty(complaintsProcedure);
  }
}
