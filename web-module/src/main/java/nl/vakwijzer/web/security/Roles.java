package nl.vakwijzer.web.security;

import nl.vakwijzer.catalogue.api.Role;

/** Role names as compile-time constants for annotations; they equal {@link Role} names. */
public final class Roles {
  public static final String BEHEERDER = "BEHEERDER";
  public static final String AANBIEDER = "AANBIEDER";
  public static final String AUDITOR = "AUDITOR";
  public static final String BESLUITNEMER = "BESLUITNEMER";
  public static final String GEMEENTE = "GEMEENTE";

  private Roles() {}

  static {
    for (Role role : Role.values()) {
      try {
        Roles.class.getField(role.name());
      } catch (NoSuchFieldException e) {
        throw new ExceptionInInitializerError("Roles lacks " + role);
      }
    }
  }
}
