package nl.vakwijzer.accreditation.api;

/**
 * The groups of the assessment framework: the three audit subjects of the Divosa report §4.6
 * (curricula, trainers, quality assurance) and the effectiveness characteristics of the TNO note.
 */
public enum CriterionGroup {
  CURRICULUM,
  TRAINERS,
  KWALITEITSBORGING,
  EFFECTIVITEIT;

  public String messageKey() {
    return "accreditation.criterionGroup." + name();
  }
}
