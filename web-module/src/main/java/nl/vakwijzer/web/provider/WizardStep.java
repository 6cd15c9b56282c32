package nl.vakwijzer.web.provider;

import java.util.Set;
import nl.vakwijzer.catalogue.api.Finding;

/**
 * The steps of the module editor, in order. Each knows which parts of the dossier it edits, so a
 * finding of the aanvraagcheck can link to the step where it is fixed.
 */
public enum WizardStep {
  ALGEMEEN("title", "summary", "targetGroup", "entryRequirements", "deliveryMode", "language", "maxGroupSize"),
  CURRICULUM("educationalVision", "objectives", "coreContents", "teachingMethods"),
  TOETSING("assessmentMethods"),
  OMVANG("size", "workplaceTransfer"),
  TRAINERS("trainers", "qualityAssurance"),
  CLAIMS("claims"),
  UITVOERING("prices", "offerings"),
  BIJLAGEN(),
  INDIENEN();

  private final Set<String> subjects;

  WizardStep(String... subjects) {
    this.subjects = Set.of(subjects);
  }

  /** The step where the part a finding concerns is edited; the last step when none matches. */
  public static WizardStep of(Finding finding) {
    String root = finding.subject().split("/", 2)[0];
    for (WizardStep step : values()) {
      if (step.subjects.contains(root)) {
        return step;
      }
    }
    return INDIENEN;
  }

  public int number() {
    return ordinal() + 1;
  }

  public String messageKey() {
    return "provider.editor.step." + name();
  }
}
