package nl.vakwijzer.catalogue.api.gap;

/** Who gave a 360° score. */
public enum FeedbackSource {
  SELF,
  MANAGER,
  COLLEAGUE
}
