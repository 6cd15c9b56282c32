package nl.vakwijzer.catalogue.api.gap;

import nl.vakwijzer.catalogue.api.CatalogueException;

/**
 * No target profile, team, saved gap or notification with this id exists for the caller. Thrown
 * alike for ids that do not exist and for another municipality's ids, so a caller cannot probe
 * what others have. {0} = the id.
 */
public class UnknownGapDataException extends CatalogueException {
  public static final String PROFILE = "gap.profile.unknown";
  public static final String TEAM = "gap.team.unknown";
  public static final String SAVED_GAP = "gap.saved.unknown";
  public static final String NOTIFICATION = "gap.notification.unknown";

  public UnknownGapDataException(String key, Object id) {
    super(key, String.valueOf(id));
  }
}
