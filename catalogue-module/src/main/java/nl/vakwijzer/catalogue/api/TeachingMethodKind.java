package nl.vakwijzer.catalogue.api;

/**
 * The werkvormen (forms of learning) a provider picks from, as listed in the provider-portal issue;
 * {@link #OTHER} is a free entry described by its label.
 */
public enum TeachingMethodKind {
  /** Klassikaal: classroom training led by a trainer. */
  KLASSIKAAL,
  /** E-learning: self-paced online learning. */
  E_LEARNING,
  /** Coaching: individual guidance by a coach. */
  COACHING,
  /** Mentoring: guidance by an experienced colleague. */
  MENTORING,
  /** Intervisie: structured peer consultation on cases from practice. */
  INTERVISIE,
  /** Training on the job: learning while doing the real work, with guidance. */
  TRAINING_ON_THE_JOB,
  /** Interne stage: placement in another team of the participant's own organisation. */
  INTERNE_STAGE,
  /** Externe stage: placement in another organisation. */
  EXTERNE_STAGE,
  /** A free entry; the {@link TeachingMethod#label()} says what it is. */
  OTHER;

  /**
   * Whether this form only transfers knowledge and rehearses in a training setting (classroom,
   * e-learning), as opposed to forms that practise in or reflect on real work.
   */
  public boolean isClassroomOrELearning() {
    return this == KLASSIKAAL || this == E_LEARNING;
  }
}
