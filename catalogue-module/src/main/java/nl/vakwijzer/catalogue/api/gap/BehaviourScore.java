package nl.vakwijzer.catalogue.api.gap;

import java.util.Objects;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * One 360° score: how clearly {@code person} shows {@code behaviourExample}, on the Divosa report's
 * 6-point scale (1..6), according to {@code source}. Several colleagues may each give a score;
 * scores are kept separately from the levels and turned into a level only by a {@link
 * LevelDerivationRule}.
 */
public record BehaviourScore(PersonLabel person, ItemId behaviourExample, FeedbackSource source, int score) {
  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 6;

  public BehaviourScore {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(behaviourExample, "behaviourExample");
    Objects.requireNonNull(source, "source");
    if (score < MIN_SCORE || score > MAX_SCORE) {
      throw new InvalidGapInputException(InvalidGapInputException.SCORE_INVALID, score);
    }
  }
}
