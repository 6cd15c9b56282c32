package nl.vakwijzer.catalogue.api.gap;

import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * A newly accredited module ranks in a saved gap's top 10 ({@code rank} 1-based). The web module
 * sends the e-mail to the municipality's users; the in-app notification is already stored.
 */
public record GapAlert(
    NotificationId notification,
    SavedGapId savedGap,
    String savedGapName,
    OrganisationId municipality,
    ModuleVersionId module,
    String moduleTitle,
    int rank) {
  /** {0} module title, {1} saved gap name, {2} rank. */
  public static final String KEY = "gap.alert.newModule";
}
