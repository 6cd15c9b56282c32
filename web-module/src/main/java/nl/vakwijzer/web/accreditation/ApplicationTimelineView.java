package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;
import nl.vakwijzer.web.shared.LocaleSelector;

/**
 * Beheerder page {@code beheer/tijdlijn.xhtml?id=}: an application's audit trail with CSV and PDF
 * export, and, for an accreditation, suspension or withdrawal with a required reason.
 */
@Named
@ViewScoped
public class ApplicationTimelineView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Timeline timeline;
  @Inject transient AccreditationService accreditation;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;
  @Inject LocaleSelector locale;

  private String idParam;
  private ApplicationId id;
  private transient Timeline.Rows rows;
  private String reason;

  /** View action: 404 for an unknown id. */
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
      id = parsed.get();
      refresh();
    } catch (UnknownApplicationException e) {
      id = null;
      Pages.notFound();
    }
  }

  private void refresh() {
    rows = timeline.rows(actor.require(), id, locale.getLocale());
  }

  public void suspend() {
    end(true);
  }

  public void withdraw() {
    end(false);
  }

  private void end(boolean suspend) {
    if (reason == null || reason.isBlank()) {
      messages.errorFor("end:reason", "accreditation.aftercare.end.reasonRequired");
      return;
    }
    try {
      ApplicationView a = getApplication();
      a = suspend
          ? accreditation.suspend(actor.require(), id, a.revision(), reason)
          : accreditation.withdraw(actor.require(), id, a.revision(), reason);
      messages.info(suspend ? "accreditation.aftercare.end.suspended" : "accreditation.aftercare.end.withdrawn", a.moduleTitle());
      reason = null;
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
    refresh();
  }

  public ApplicationView getApplication() {
    if (rows == null && id != null) {
      refresh();
    }
    return rows == null ? null : rows.application();
  }

  public List<Timeline.Row> getRows() {
    getApplication();
    return rows == null ? List.of() : rows.rows();
  }

  public String getValidUntil() {
    ApplicationView a = getApplication();
    return a == null || a.decision() == null ? "" : Timeline.day(a.decision().validUntil());
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
