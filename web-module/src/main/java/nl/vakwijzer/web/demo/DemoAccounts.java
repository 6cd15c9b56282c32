package nl.vakwijzer.web.demo;

import java.util.List;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.Role;

/**
 * The demo accounts created in demo mode, one per role. Listed in the README and printed at
 * start-up; the password is public by design, so demo mode is off for servers with their own
 * database unless asked for.
 */
public final class DemoAccounts {
  /** The one password of every demo account. */
  public static final String PASSWORD = "Vakwijzer-demo-2026";

  /** A demo organisation. */
  public record DemoOrganisation(String name, OrganisationType type) {}

  /** A demo account. */
  public record DemoAccount(String username, String displayName, String email, Role role, DemoOrganisation organisation) {}

  public static final DemoOrganisation ACCREDITATIEORGAAN =
      new DemoOrganisation("Stichting Vakwijzer Accreditatie", OrganisationType.ACCREDITATIEORGAAN);
  public static final DemoOrganisation AANBIEDER =
      new DemoOrganisation("Academie Sociaal Vakmanschap B.V.", OrganisationType.AANBIEDER);
  public static final DemoOrganisation AANBIEDER_NOORD =
      new DemoOrganisation("Opleidingscentrum Participatie Noord B.V.", OrganisationType.AANBIEDER);
  public static final DemoOrganisation GEMEENTE =
      new DemoOrganisation("Gemeente Zwolle", OrganisationType.GEMEENTE);

  public static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount("beheerder", "Marieke de Vries", "beheerder@vakwijzer.example", Role.BEHEERDER, ACCREDITATIEORGAAN),
          new DemoAccount("aanbieder", "Jeroen Bakker", "j.bakker@sociaalvakmanschap.example", Role.AANBIEDER, AANBIEDER),
          new DemoAccount("aanbieder2", "Lotte Mulder", "l.mulder@participatienoord.example", Role.AANBIEDER, AANBIEDER_NOORD),
          new DemoAccount("auditor", "Fatima El Amrani", "auditor@vakwijzer.example", Role.AUDITOR, ACCREDITATIEORGAAN),
          new DemoAccount("auditor2", "Pieter van Dijk", "auditor2@vakwijzer.example", Role.AUDITOR, ACCREDITATIEORGAAN),
          new DemoAccount("besluitnemer", "Henk Jansen", "besluit@vakwijzer.example", Role.BESLUITNEMER, ACCREDITATIEORGAAN),
          new DemoAccount("gemeente", "Sanne Visser", "s.visser@zwolle.example", Role.GEMEENTE, GEMEENTE));

  private DemoAccounts() {}
}
