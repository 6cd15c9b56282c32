package nl.vakwijzer.web.security;

import nl.vakwijzer.catalogue.api.Role;

/** The URL folder of each role's pages; {@code web.xml} protects each folder for its role. */
public final class WorkspacePaths {
  private WorkspacePaths() {}

  public static String folderOf(Role role) {
    return switch (role) {
      case BEHEERDER -> "beheer";
      case AANBIEDER -> "aanbieder";
      case AUDITOR -> "auditor";
      case BESLUITNEMER -> "besluit";
      case GEMEENTE -> "gemeente";
    };
  }
}
