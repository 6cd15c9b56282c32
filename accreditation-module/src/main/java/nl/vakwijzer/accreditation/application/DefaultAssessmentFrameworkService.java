package nl.vakwijzer.accreditation.application;

import static nl.vakwijzer.accreditation.api.AccreditationRuleException.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationRuleException;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkId;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkService;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionEdit;
import nl.vakwijzer.accreditation.api.FrameworkVersionStatus;
import nl.vakwijzer.accreditation.api.UnknownAssessmentFrameworkException;
import nl.vakwijzer.accreditation.domain.AssessmentFrameworkRepository;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Role;

@ApplicationScoped
@Transactional
class DefaultAssessmentFrameworkService implements AssessmentFrameworkService {
  private static final String CODE_PATTERN = "[A-Z][A-Z0-9-]{1,39}";

  @Inject AssessmentFrameworkRepository frameworks;
  @Inject Clock clock;

  /** For the CDI proxy. */
  DefaultAssessmentFrameworkService() {}

  DefaultAssessmentFrameworkService(AssessmentFrameworkRepository frameworks, Clock clock) {
    this.frameworks = frameworks;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AssessmentFramework> versions() {
    return frameworks.all();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AssessmentFramework version(AssessmentFrameworkId id) {
    return frameworks.find(id).orElseThrow(() -> new UnknownAssessmentFrameworkException(id));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AssessmentFramework current() {
    return frameworks.published().orElseThrow(() -> new UnknownAssessmentFrameworkException("GEPUBLICEERD"));
  }

  @Override
  public AssessmentFramework newConcept(Actor actor) {
    requireBeheerder(actor);
    List<AssessmentFramework> all = frameworks.all();
    if (all.stream().anyMatch(f -> f.status() == FrameworkVersionStatus.CONCEPT)) {
      throw new AccreditationRuleException(FRAMEWORK_CONCEPT_EXISTS);
    }
    AssessmentFramework published = current();
    int next = all.stream().mapToInt(AssessmentFramework::version).max().orElse(0) + 1;
    AssessmentFramework concept = new AssessmentFramework(new AssessmentFrameworkId(UUID.randomUUID()), next,
        FrameworkVersionStatus.CONCEPT, 0, clock.instant(), null, published.criteria());
    frameworks.insert(concept);
    return version(concept.id());
  }

  @Override
  public AssessmentFramework saveCriterion(Actor actor, AssessmentFrameworkId id, long expectedRevision, CriterionEdit edit) {
    requireBeheerder(actor);
    AssessmentFramework concept = concept(id, expectedRevision);
    validate(edit);
    List<Criterion> criteria = new ArrayList<>(concept.criteria());
    int index = indexOf(criteria, edit.code());
    int position = index >= 0 ? criteria.get(index).position()
        : criteria.stream().mapToInt(Criterion::position).max().orElse(0) + 1;
    Criterion changed = new Criterion(edit.code(), edit.group(), position, edit.title().strip(),
        edit.description().strip(), edit.guidance().strip(), edit.knockOut());
    if (index >= 0) {
      criteria.set(index, changed);
    } else {
      criteria.add(changed);
    }
    return store(concept, criteria, expectedRevision);
  }

  @Override
  public AssessmentFramework removeCriterion(Actor actor, AssessmentFrameworkId id, long expectedRevision, String code) {
    requireBeheerder(actor);
    AssessmentFramework concept = concept(id, expectedRevision);
    List<Criterion> criteria = new ArrayList<>(concept.criteria());
    int index = indexOf(criteria, code);
    if (index < 0) {
      throw new AccreditationRuleException(UNKNOWN_CRITERION, code);
    }
    criteria.remove(index);
    return store(concept, criteria, expectedRevision);
  }

  @Override
  public AssessmentFramework publish(Actor actor, AssessmentFrameworkId id, long expectedRevision) {
    requireBeheerder(actor);
    AssessmentFramework concept = concept(id, expectedRevision);
    if (concept.criteria().isEmpty()) {
      throw new AccreditationRuleException(FRAMEWORK_EMPTY);
    }
    if (!frameworks.publish(id, expectedRevision, clock.instant())) {
      throw new AccreditationRuleException(FRAMEWORK_STALE);
    }
    return version(id);
  }

  private AssessmentFramework store(AssessmentFramework concept, List<Criterion> criteria, long expectedRevision) {
    AssessmentFramework changed = new AssessmentFramework(concept.id(), concept.version(), concept.status(),
        concept.revision(), concept.createdAt(), concept.publishedAt(), criteria);
    if (!frameworks.saveCriteria(changed, expectedRevision)) {
      throw new AccreditationRuleException(FRAMEWORK_STALE);
    }
    return version(concept.id());
  }

  private AssessmentFramework concept(AssessmentFrameworkId id, long expectedRevision) {
    AssessmentFramework framework = version(id);
    if (framework.status() != FrameworkVersionStatus.CONCEPT) {
      throw new AccreditationRuleException(FRAMEWORK_NOT_CONCEPT);
    }
    if (framework.revision() != expectedRevision) {
      throw new AccreditationRuleException(FRAMEWORK_STALE);
    }
    return framework;
  }

  private static void validate(CriterionEdit edit) {
    if (edit.code() == null || !edit.code().matches(CODE_PATTERN)) {
      throw new AccreditationRuleException("accreditation.criterion.code.pattern");
    }
    if (edit.group() == null || edit.title() == null || edit.title().isBlank()
        || edit.description() == null || edit.guidance() == null) {
      throw new AccreditationRuleException(TEXT_REQUIRED);
    }
    if (edit.title().length() > 200) {
      throw new AccreditationRuleException(TEXT_TOO_LONG, 200);
    }
    if (edit.description().length() > 4000 || edit.guidance().length() > 4000) {
      throw new AccreditationRuleException(TEXT_TOO_LONG, 4000);
    }
  }

  private static int indexOf(List<Criterion> criteria, String code) {
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static void requireBeheerder(Actor actor) {
    if (!actor.hasRole(Role.BEHEERDER)) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_BEHEERDER);
    }
  }
}
