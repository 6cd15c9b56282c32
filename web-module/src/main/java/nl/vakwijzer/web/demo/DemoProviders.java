package nl.vakwijzer.web.demo;

import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.ProviderProfile;
import nl.vakwijzer.catalogue.api.ProviderRegistration;

/**
 * Demo provider profiles and one pending self-registration, so the approval page is not empty.
 * KvK numbers start with 9999: clearly fictional (real numbers are issued from low ranges).
 */
public final class DemoProviders {
  /** Profiles of demo provider organisations, by organisation name. */
  public static final Map<String, ProviderProfile> PROFILES =
      Map.of(
          DemoAccounts.AANBIEDER.name(),
          new ProviderProfile(
              "99990001", "CRKBO-I 2024.0173", "Oude Vismarkt", "14", "8011 TM", "Zwolle",
              List.of("OVERIJSSEL", "GELDERLAND", "DRENTHE", "FLEVOLAND"), "Jeroen Bakker",
              "info@sociaalvakmanschap.example", "038 421 55 90", "https://www.sociaalvakmanschap.example"),
          DemoAccounts.AANBIEDER_NOORD.name(),
          new ProviderProfile(
              "99990003", null, "Vismarkt", "33", "9712 CB", "Groningen",
              List.of("GRONINGEN", "FRYSLAN", "DRENTHE"), "Lotte Mulder",
              "info@participatienoord.example", "050 312 40 70", "https://www.participatienoord.example"));

  /** The pending registration a beheerder sees on the approval page. */
  public static final ProviderRegistration PENDING =
      new ProviderRegistration(
          "Leerhuis Participatie Oost B.V.",
          new ProviderProfile(
              "99990002", null, "Hengelosestraat", "212", "7521 AK", "Enschede", List.of("OVERIJSSEL", "GELDERLAND"),
              "Ilse Mulder", "aanmelding@leerhuisoost.example", "053 480 12 34", "www.leerhuisoost.example"),
          "Ilse Mulder",
          "leerhuis",
          "i.mulder@leerhuisoost.example",
          DemoAccounts.PASSWORD);

  private DemoProviders() {}
}
