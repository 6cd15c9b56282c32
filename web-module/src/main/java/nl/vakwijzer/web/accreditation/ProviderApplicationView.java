package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationCondition;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.ConditionStatus;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.FacesMessages;
import nl.vakwijzer.web.shared.LocaleSelector;

/**
 * Provider page {@code aanbieder/aanvraag.xhtml?id=}: the state of one of its own applications and
 * its history as the provider may see it (receipt, return, decision with conditions, objection,
 * end; no internal deliberation), an objection with grounds within six weeks of the decision, and
 * evidence for open conditions. Another organisation's or an unknown id answers 404.
 */
@Named
@ViewScoped
public class ProviderApplicationView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A moment in the provider's history of the application. */
  public record Milestone(Instant at, String when, String what, String text) {}

  @Inject transient AccreditationService accreditation;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;
  @Inject LocaleSelector locale;
  @Inject transient nl.vakwijzer.accreditation.api.CertificateService certificates;

  private String idParam;
  private ApplicationId id;
  private transient ApplicationView application;
  private String grounds;
  private final Map<String, String> evidence = new HashMap<>();

  public void load() {
    if (id != null) {
      return;
    }
    Optional<ApplicationId> parsed = ApplicationId.parse(idParam);
    if (parsed.isEmpty()) {
      Pages.notFound();
      return;
    }
    try {
      application = accreditation.application(actor.require(), parsed.get());
      id = parsed.get();
    } catch (UnknownApplicationException e) {
      Pages.notFound();
    }
  }

  public ApplicationView getApplication() {
    if (application == null && id != null) {
      application = accreditation.application(actor.require(), id);
    }
    return application;
  }

  /** The application's certificate, {@code null} while no accreditation was decided on it. */
  public nl.vakwijzer.accreditation.api.Certificate getCertificate() {
    if (getApplication() == null) {
      return null;
    }
    try {
      return certificates.certificate(actor.require(), id);
    } catch (nl.vakwijzer.accreditation.api.AccreditationException e) {
      return null;
    }
  }

  /** An objection can be lodged once, against a decision. */
  public boolean isObjectionPossible() {
    ApplicationView a = getApplication();
    return a != null && a.objection() == null && a.decision() != null
        && (a.state().isAccredited() || a.state() == ApplicationState.AFGEWEZEN);
  }

  public void lodgeObjection() {
    if (grounds == null || grounds.isBlank()) {
      messages.errorFor("objection:grounds", "accreditation.aftercare.objection.groundsRequired");
      return;
    }
    try {
      application = accreditation.lodgeObjection(actor.require(), id, getApplication().revision(), grounds);
      messages.info("accreditation.aftercare.objection.lodged");
      grounds = null;
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
      application = null;
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  public void submitEvidence(String conditionId, String clientId) {
    String text = evidence.get(conditionId);
    if (text == null || text.isBlank()) {
      messages.errorFor(clientId, "accreditation.aftercare.condition.evidenceRequired");
      return;
    }
    try {
      application = accreditation.submitConditionEvidence(actor.require(), id, UUID.fromString(conditionId), text);
      messages.info("accreditation.aftercare.condition.evidenceSubmitted");
      evidence.remove(conditionId);
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
      application = null;
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  /** The provider's history, oldest first. */
  public List<Milestone> getMilestones() {
    ApplicationView a = getApplication();
    List<Milestone> list = new ArrayList<>();
    if (a == null) {
      return list;
    }
    var l = locale.getLocale();
    list.add(milestone(a.receivedAt(), Bundle.text(l, "accreditation.aftercare.milestone.received"), ""));
    if (a.returnReasons() != null && !a.returnReasons().isBlank()) {
      list.add(milestone(null, Bundle.text(l, "accreditation.aftercare.milestone.returned"), a.returnReasons()));
    }
    if (a.decision() != null) {
      String text = a.decision().motivation()
          + (a.decision().validUntil() == null ? "" : " " + Bundle.text(l, "accreditation.aftercare.milestone.validUntil", Timeline.day(a.decision().validUntil())));
      list.add(milestone(a.decision().at(), Bundle.text(l, "accreditation.aftercare.milestone.decided", Bundle.text(l, a.decision().outcome().messageKey())), text));
      a.decision().reasonsPerCriterion().forEach((code, reason) ->
          list.add(milestone(a.decision().at(), Bundle.text(l, "accreditation.aftercare.milestone.reason", code), reason)));
    }
    for (AccreditationCondition c : a.conditions()) {
      if (c.evidenceAt() != null) {
        list.add(milestone(c.evidenceAt(), Bundle.text(l, "accreditation.aftercare.milestone.evidence"), c.evidenceReference()));
      }
      if (c.checkedAt() != null) {
        list.add(milestone(c.checkedAt(), Bundle.text(l, "accreditation.aftercare.milestone.checked",
            Bundle.text(l, "accreditation.aftercare.conditionStatus." + c.status().name())), c.checkNote() == null ? "" : c.checkNote()));
      }
    }
    if (a.objection() != null) {
      list.add(milestone(a.objection().lodgedAt(), Bundle.text(l, "accreditation.aftercare.milestone.objection"), a.objection().grounds()));
      if (a.objection().outcome() != null) {
        list.add(milestone(null, Bundle.text(l, "accreditation.aftercare.objectionOutcome." + a.objection().outcome().name()),
            a.objection().motivation() == null ? "" : a.objection().motivation()));
      }
    }
    if (a.endedReason() != null && !a.endedReason().isBlank()) {
      list.add(milestone(null, Bundle.text(l, a.state().messageKey()), a.endedReason()));
    }
    list.sort(Comparator.comparing(Milestone::at, Comparator.nullsLast(Comparator.naturalOrder())));
    return list;
  }

  private static Milestone milestone(Instant at, String what, String text) {
    return new Milestone(at, Timeline.when(at), what, text);
  }

  public List<AccreditationCondition> getConditions() {
    ApplicationView a = getApplication();
    return a == null ? List.of() : a.conditions();
  }

  public boolean open(AccreditationCondition c) {
    return c.status() == ConditionStatus.OPEN || c.status() == ConditionStatus.NIET_VOLDAAN;
  }

  public String deadline(AccreditationCondition c) {
    return Timeline.day(c.deadline());
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public Map<String, String> getEvidence() {
    return evidence;
  }
}
