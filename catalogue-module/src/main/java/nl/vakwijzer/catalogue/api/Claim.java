package nl.vakwijzer.catalogue.api;

import java.util.List;
import java.util.Objects;

/**
 * A module version's statement that it develops a competency from one level to another, covering
 * given behaviour examples, with the evidence in the dossier that backs it.
 *
 * <p>{@code competency} is an item of a published framework version; {@code behaviourExamples} are
 * behaviour examples or indicators of that competency. {@code hardToLearn} is filled by the caller
 * from the frameworks' leerbaarheid data; the pre-submission check warns when such a competency is
 * served only by classroom training and/or e-learning.
 *
 * <p>A module claims a competency at most once; the competency id identifies the claim.
 */
public record Claim(
    ItemId competency,
    ClaimLevel from,
    ClaimLevel to,
    List<ItemId> behaviourExamples,
    ClaimEvidence evidence,
    boolean hardToLearn) {
  public Claim {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    behaviourExamples = Texts.copy(behaviourExamples);
    evidence = evidence == null ? ClaimEvidence.NONE : evidence;
  }

  /** How many level steps the claim raises (0 or less when the to-level is not above). */
  public int levelSteps() {
    return to.ordinal() - from.ordinal();
  }
}
