package nl.vakwijzer.catalogue.api;

import java.util.List;
import java.util.Objects;

/**
 * One result of the pre-submission check: the broken rule, the part of the dossier it concerns, and
 * the arguments for the rule's message.
 *
 * <p>{@code subject} names that part as a path: a field ({@code "educationalVision"}, {@code
 * "trainers"}), an element by its id ({@code "objectives/LD2"}, {@code "assessmentMethods/T1"}), or
 * a claim by its competency item id ({@code "claims/<uuid>"}).
 *
 * <p>{@link #id()} is {@code RULE@subject}. It depends only on the rule and the subject, never on
 * texts or the order of findings, so explanations keyed by it survive re-checks and edits.
 */
public record Finding(CheckRule rule, String subject, List<Object> arguments) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Texts.requireNonBlank(subject, "subject");
    arguments = Texts.copy(arguments);
  }

  /** The stable id: rule name and subject. */
  public String id() {
    return rule.name() + "@" + subject;
  }

  public FindingSeverity severity() {
    return rule.severity();
  }

  public String messageKey() {
    return rule.messageKey();
  }
}
