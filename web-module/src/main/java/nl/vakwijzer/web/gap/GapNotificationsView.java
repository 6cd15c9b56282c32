package nl.vakwijzer.web.gap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.catalogue.api.gap.GapNotification;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.SavedGap;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/** The municipality's saved gaps and its in-app notifications (new accredited modules in a top 10). */
@Named
@ViewScoped
public class GapNotificationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient GapService gaps;
  @Inject transient ProviderActor actors;
  @Inject transient FacesMessages messages;
  @Inject transient GapTexts texts;

  private List<SavedGap> saved;
  private List<GapNotification> notifications;

  public List<SavedGap> getSaved() {
    if (saved == null) {
      saved = gaps.savedGaps(actors.require());
    }
    return saved;
  }

  public List<GapNotification> getNotifications() {
    if (notifications == null) {
      notifications = gaps.notifications(actors.require());
    }
    return notifications;
  }

  public String text(GapNotification n) {
    GapAlert a = n.alert();
    return texts.text(GapAlert.KEY, a.moduleTitle(), a.savedGapName(), a.rank());
  }

  public void delete(SavedGap gap) {
    try {
      gaps.deleteSavedGap(actors.require(), gap.id());
      messages.info("gemeente.saved.deleted", gap.name());
    } catch (CatalogueException e) {
      messages.error(e);
    }
    saved = null;
  }

  public void markRead(GapNotification n) {
    try {
      gaps.markRead(actors.require(), n.alert().notification());
    } catch (CatalogueException e) {
      messages.error(e);
    }
    notifications = null;
  }

  public String when(java.time.Instant instant) {
    return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", texts.locale())
        .withZone(java.time.ZoneId.of("Europe/Amsterdam")).format(instant);
  }
}
