package nl.vakwijzer.catalogue.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.CheckRule;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.Objective;
import nl.vakwijzer.catalogue.api.TeachingMethod;

/**
 * The pre-submission check (aanvraagcheck): a pure function from a module dossier to the errors
 * that block its submission and the warnings the provider must explain.
 *
 * <p>Errors: an empty element of the curriculum auditors look at (Divosa §4.6: opleidingsvisie,
 * leerdoelen, kerninhouden, werkvormen, wijze van toetsing); an objective without text or that no
 * assessment method covers; an assessment method or claim that refers to something the dossier
 * lacks; no claim, or a competency claimed twice; a claim without an objective or without an
 * assessment method; a to-level not above the from-level; no trainer.
 *
 * <p>Warnings: an objective without an observable action verb ({@link ObservableVerbs}); a claim on
 * a hard-to-learn competency served only by classroom training and/or e-learning; fewer than
 * {@value #CONTACT_HOURS_PER_LEVEL_STEP} contact hours per claimed level step, summed over the
 * claims; no transfer to the workplace.
 *
 * <p>Findings come in a fixed order (dossier fields first, then objectives, assessment methods and
 * claims in dossier order), so the list shown next to the form does not jump around.
 */
public final class SubmissionCheck {

  /** Contact hours a module should offer for each level step it claims. */
  public static final int CONTACT_HOURS_PER_LEVEL_STEP = 4;

  private SubmissionCheck() {}

  /** Runs every rule on the dossier. */
  public static CheckReport check(ModuleDossier dossier) {
    var findings = new ArrayList<Finding>();
    curriculumElements(dossier, findings);
    objectives(dossier, findings);
    assessmentMethods(dossier, findings);
    claims(dossier, findings);
    if (dossier.trainers().isEmpty()) {
      findings.add(finding(CheckRule.TRAINERS_EMPTY, "trainers"));
    }
    contactHours(dossier, findings);
    if (!dossier.workplaceTransfer().isPresent()) {
      findings.add(finding(CheckRule.WORKPLACE_TRANSFER_MISSING, "workplaceTransfer"));
    }
    return new CheckReport(findings);
  }

  private static void curriculumElements(ModuleDossier dossier, List<Finding> findings) {
    if (dossier.educationalVision().isBlank()) {
      findings.add(finding(CheckRule.EDUCATIONAL_VISION_EMPTY, "educationalVision"));
    }
    if (dossier.objectives().isEmpty()) {
      findings.add(finding(CheckRule.OBJECTIVES_EMPTY, "objectives"));
    }
    if (dossier.coreContents().stream().allMatch(String::isBlank)) {
      findings.add(finding(CheckRule.CORE_CONTENTS_EMPTY, "coreContents"));
    }
    if (dossier.teachingMethods().isEmpty()) {
      findings.add(finding(CheckRule.TEACHING_METHODS_EMPTY, "teachingMethods"));
    }
    if (dossier.assessmentMethods().isEmpty()) {
      findings.add(finding(CheckRule.ASSESSMENT_EMPTY, "assessmentMethods"));
    }
  }

  private static void objectives(ModuleDossier dossier, List<Finding> findings) {
    Set<String> assessed =
        dossier.assessmentMethods().stream()
            .flatMap(method -> method.objectiveIds().stream())
            .collect(Collectors.toSet());
    for (Objective objective : dossier.objectives()) {
      String subject = "objectives/" + objective.id();
      if (objective.text().isBlank()) {
        findings.add(finding(CheckRule.OBJECTIVE_TEXT_EMPTY, subject, objective.id()));
      } else if (!ObservableVerbs.isObservable(objective.text())) {
        findings.add(
            finding(CheckRule.OBJECTIVE_NOT_OBSERVABLE, subject, objective.id(), objective.text()));
      }
      // with no assessment method at all, ASSESSMENT_EMPTY already says it
      if (!dossier.assessmentMethods().isEmpty() && !assessed.contains(objective.id())) {
        findings.add(finding(CheckRule.OBJECTIVE_NOT_ASSESSED, subject, objective.id()));
      }
    }
  }

  private static void assessmentMethods(ModuleDossier dossier, List<Finding> findings) {
    Set<String> objectiveIds = objectiveIds(dossier);
    for (AssessmentMethod method : dossier.assessmentMethods()) {
      for (String objectiveId : new LinkedHashSet<>(method.objectiveIds())) {
        if (!objectiveIds.contains(objectiveId)) {
          findings.add(
              finding(
                  CheckRule.ASSESSMENT_UNKNOWN_OBJECTIVE,
                  "assessmentMethods/" + method.id() + "/objectives/" + objectiveId,
                  method.id(),
                  objectiveId));
        }
      }
    }
  }

  private static void claims(ModuleDossier dossier, List<Finding> findings) {
    if (dossier.claims().isEmpty()) {
      findings.add(finding(CheckRule.CLAIMS_EMPTY, "claims"));
      return;
    }
    Set<String> objectiveIds = objectiveIds(dossier);
    Set<String> methodIds =
        dossier.assessmentMethods().stream().map(AssessmentMethod::id).collect(Collectors.toSet());
    Set<TeachingMethod> teachingMethods = Set.copyOf(dossier.teachingMethods());
    var seen = new HashSet<String>();
    for (Claim claim : dossier.claims()) {
      String competency = claim.competency().toString();
      String subject = "claims/" + competency;
      if (!seen.add(competency)) {
        findings.add(finding(CheckRule.CLAIM_DUPLICATE, subject, competency));
        continue; // the first claim on it is checked; repeating its findings would not help
      }
      var evidence = claim.evidence();
      if (evidence.objectiveIds().isEmpty()) {
        findings.add(finding(CheckRule.CLAIM_WITHOUT_OBJECTIVE, subject, competency));
      }
      for (String id : new LinkedHashSet<>(evidence.objectiveIds())) {
        if (!objectiveIds.contains(id)) {
          findings.add(
              finding(
                  CheckRule.CLAIM_UNKNOWN_OBJECTIVE,
                  subject + "/objectives/" + id,
                  competency,
                  id));
        }
      }
      if (evidence.assessmentMethodIds().isEmpty()) {
        findings.add(finding(CheckRule.CLAIM_WITHOUT_ASSESSMENT, subject, competency));
      }
      for (String id : new LinkedHashSet<>(evidence.assessmentMethodIds())) {
        if (!methodIds.contains(id)) {
          findings.add(
              finding(
                  CheckRule.CLAIM_UNKNOWN_ASSESSMENT,
                  subject + "/assessmentMethods/" + id,
                  competency,
                  id));
        }
      }
      for (TeachingMethod form : new LinkedHashSet<>(evidence.teachingMethods())) {
        if (!teachingMethods.contains(form)) {
          findings.add(
              finding(
                  CheckRule.CLAIM_UNKNOWN_TEACHING_METHOD,
                  subject + "/teachingMethods/" + teachingMethodKey(form),
                  competency,
                  form.kind().name(),
                  form.label()));
        }
      }
      if (claim.levelSteps() <= 0) {
        findings.add(
            finding(
                CheckRule.CLAIM_LEVEL_NOT_RAISED,
                subject,
                competency,
                claim.from().ordinal(),
                claim.to().ordinal()));
      }
      if (claim.hardToLearn() && servedOnlyInClassroomOrOnline(claim, dossier)) {
        findings.add(finding(CheckRule.CLAIM_HARD_TO_LEARN_CLASSROOM_ONLY, subject, competency));
      }
    }
  }

  /**
   * The werkvormen serving a claim are those its evidence names, or all of the module's when it
   * names none. With none at all, TEACHING_METHODS_EMPTY already reports the problem.
   */
  private static boolean servedOnlyInClassroomOrOnline(Claim claim, ModuleDossier dossier) {
    List<TeachingMethod> serving =
        claim.evidence().teachingMethods().isEmpty()
            ? dossier.teachingMethods()
            : claim.evidence().teachingMethods();
    return !serving.isEmpty() && serving.stream().allMatch(f -> f.kind().isClassroomOrELearning());
  }

  private static void contactHours(ModuleDossier dossier, List<Finding> findings) {
    var counted = new HashSet<String>();
    int steps =
        dossier.claims().stream()
            .filter(claim -> counted.add(claim.competency().toString()))
            .mapToInt(claim -> Math.max(0, claim.levelSteps()))
            .sum();
    if (steps == 0) {
      return;
    }
    BigDecimal needed = BigDecimal.valueOf((long) steps * CONTACT_HOURS_PER_LEVEL_STEP);
    BigDecimal contactHours = dossier.size().contactHours();
    if (contactHours.compareTo(needed) < 0) {
      findings.add(
          finding(
              CheckRule.CONTACT_HOURS_TOO_FEW,
              "size/contactHours",
              contactHours.stripTrailingZeros().toPlainString(),
              needed.toPlainString(),
              steps));
    }
  }

  private static String teachingMethodKey(TeachingMethod form) {
    return form.label().isEmpty() ? form.kind().name() : form.kind() + ":" + form.label();
  }

  private static Set<String> objectiveIds(ModuleDossier dossier) {
    return dossier.objectives().stream().map(Objective::id).collect(Collectors.toSet());
  }

  private static Finding finding(CheckRule rule, String subject, Object... arguments) {
    return new Finding(rule, subject, List.of(arguments));
  }
}
