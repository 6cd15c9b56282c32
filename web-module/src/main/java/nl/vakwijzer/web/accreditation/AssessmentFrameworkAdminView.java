package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkService;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionEdit;
import nl.vakwijzer.accreditation.api.CriterionGroup;
import nl.vakwijzer.accreditation.api.FrameworkVersionStatus;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Beheerder page {@code beheer/toetsingskader.xhtml}: the versions of the assessment framework, a
 * new concept from the published version, adding, changing and removing its criteria (description,
 * guidance for auditors, knock-out) and publishing it.
 */
@Named
@ViewScoped
public class AssessmentFrameworkAdminView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AssessmentFrameworkService frameworks;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;

  private transient List<AssessmentFramework> versions;
  private String code;
  private CriterionGroup group;
  private String title;
  private String description;
  private String guidance;
  private boolean knockOut;

  public List<AssessmentFramework> getVersions() {
    if (versions == null) {
      versions = frameworks.versions();
    }
    return versions;
  }

  public AssessmentFramework getConcept() {
    return getVersions().stream().filter(v -> v.status() == FrameworkVersionStatus.CONCEPT).findFirst().orElse(null);
  }

  /** The version shown: the concept when there is one, else the published one. */
  public AssessmentFramework getShown() {
    AssessmentFramework concept = getConcept();
    return concept != null ? concept : frameworks.current();
  }

  public CriterionGroup[] getGroups() {
    return CriterionGroup.values();
  }

  public void newConcept() {
    try {
      AssessmentFramework concept = frameworks.newConcept(actor.require());
      messages.info("accreditation.framework.admin.conceptCreated", concept.version());
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    }
    versions = null;
  }

  public void edit(String criterionCode) {
    Optional<Criterion> c = getShown().criterion(criterionCode);
    c.ifPresent(found -> {
      code = found.code();
      group = found.group();
      title = found.title();
      description = found.description();
      guidance = found.guidance();
      knockOut = found.knockOut();
    });
  }

  public void save() {
    AssessmentFramework concept = getConcept();
    if (concept == null) {
      messages.error("accreditation.framework.admin.noConcept");
      return;
    }
    try {
      frameworks.saveCriterion(actor.require(), concept.id(), concept.revision(),
          new CriterionEdit(code == null ? null : code.strip(), group, title, nz(description), nz(guidance), knockOut));
      messages.info("accreditation.framework.admin.saved", code.strip());
      code = null;
      group = null;
      title = null;
      description = null;
      guidance = null;
      knockOut = false;
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
    versions = null;
  }

  public void remove(String criterionCode) {
    AssessmentFramework concept = getConcept();
    if (concept == null) {
      return;
    }
    try {
      frameworks.removeCriterion(actor.require(), concept.id(), concept.revision(), criterionCode);
      messages.info("accreditation.framework.admin.removed", criterionCode);
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    }
    versions = null;
  }

  public void publish() {
    AssessmentFramework concept = getConcept();
    if (concept == null) {
      return;
    }
    try {
      AssessmentFramework published = frameworks.publish(actor.require(), concept.id(), concept.revision());
      messages.info("accreditation.framework.admin.publishedMessage", published.version());
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    }
    versions = null;
  }

  public String published(AssessmentFramework f) {
    return Timeline.when(f.publishedAt());
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public CriterionGroup getGroup() { return group; }
  public void setGroup(CriterionGroup group) { this.group = group; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getGuidance() { return guidance; }
  public void setGuidance(String guidance) { this.guidance = guidance; }
  public boolean isKnockOut() { return knockOut; }
  public void setKnockOut(boolean knockOut) { this.knockOut = knockOut; }
}
