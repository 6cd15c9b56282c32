package nl.vakwijzer.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.NewOrganisation;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.gap.GapQuery;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetProfileSource;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfileUpdate;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityService;

/**
 * Demo data of the gap search (issue 6): Gemeente Zwolle's profile, a target profile (the
 * Standaard's core competencies at Vakbekwaam), a team KM-01…KM-07 and a saved gap; plus a second
 * municipality, Gemeente Deventer with account {@code gemeente2}, with its own team (authorization
 * demos). Each step only when still missing.
 */
@ApplicationScoped
public class DemoGaps {
  private static final Logger LOG = Logger.getLogger(DemoGaps.class.getName());

  /** The second municipality's account; not in {@link DemoAccounts#ALL} (one account per role there). */
  public static final String SECOND_USERNAME = "gemeente2";
  public static final String SECOND_ORGANISATION = "Gemeente Deventer";
  /**
   * A third organisation, an inter-municipal social service (ISD) serving four municipalities: with
   * three municipalities saving gaps, the anonymous market radar has cells to show (it suppresses
   * cells held by fewer than three).
   */
  public static final String THIRD_USERNAME = "gemeente3";
  public static final String THIRD_ORGANISATION = "ISD Bollenstreek";
  public static final String PROFILE_NAME = "Klantmanagers Werk en Inkomen op Vakbekwaam";
  public static final String TEAM_NAME = "Team Klantmanagement Zwolle";
  public static final String SAVED_GAP_NAME = "Ontwikkelbehoefte klantmanagers 2026";

  /** The Standaard competencies of the demo profile, at Vakbekwaam (ordinal 1). */
  static final List<String> COMPETENCIES = List.of("SV.C1", "SV.C2", "SV.C4");

  /** Levels per label, in the order of {@link #COMPETENCIES}; -1 = onder Basis. */
  static final Map<String, int[]> ZWOLLE_TEAM = new LinkedHashMap<>();

  static {
    ZWOLLE_TEAM.put("KM-01", new int[] {0, 1, 0});
    ZWOLLE_TEAM.put("KM-02", new int[] {1, 0, 0});
    ZWOLLE_TEAM.put("KM-03", new int[] {0, 1, 0});
    ZWOLLE_TEAM.put("KM-04", new int[] {1, 2, 1});
    ZWOLLE_TEAM.put("KM-05", new int[] {-1, 0, 0});
    ZWOLLE_TEAM.put("KM-06", new int[] {1, 1, 1});
    ZWOLLE_TEAM.put("KM-07", new int[] {0, 0, 0});
  }

  @Inject GapService gaps;
  @Inject MunicipalityService municipalities;
  @Inject AccountService accounts;
  @Inject OrganisationService organisations;
  @Inject FrameworkService frameworks;

  /** Loads what is missing; failures are logged, never stop the start-up. */
  public void load() {
    try {
      ensureAccount(SECOND_USERNAME, SECOND_ORGANISATION, "Ruud Kok", "r.kok@deventer.example");
      ensureAccount(THIRD_USERNAME, THIRD_ORGANISATION, "Noor Hendriks", "n.hendriks@isdbollenstreek.example");
      municipality("gemeente", "GM0193", "REGIO_ZWOLLE", "KM-", List.of());
      municipality(SECOND_USERNAME, "GM0150", "STEDENDRIEHOEK_EN_NOORDWEST_VELUWE", "DV-", List.of());
      // Teylingen hosts the ISD for Hillegom, Lisse, Noordwijk and Teylingen
      municipality(THIRD_USERNAME, "GM1525", "HOLLAND_RIJNLAND", "IB-", List.of("GM0534", "GM0553", "GM0575", "GM1525"));
    } catch (RuntimeException e) {
      LOG.warning(() -> "Demo gaps not loaded: " + e);
    }
  }

  private void ensureAccount(String username, String organisation, String name, String email) {
    if (accounts.exists(username)) {
      return;
    }
    OrganisationSummary org = organisations.findByName(organisation)
        .orElseGet(() -> organisations.create(new NewOrganisation(organisation, OrganisationType.GEMEENTE)));
    accounts.create(new NewAccount(username, name, email, EnumSet.of(Role.GEMEENTE), org.id(), DemoAccounts.PASSWORD));
  }

  private void municipality(String username, String code, String region, String labelPrefix, List<String> served) {
    AccountSummary account = accounts.findByUsername(username).orElse(null);
    if (account == null || account.organisation().isEmpty()) {
      return;
    }
    Actor actor = new Actor(account.id(), account.organisation().get().id(), account.roles());
    if (municipalities.profile(actor, actor.organisation()).isEmpty()) {
      municipalities.update(actor, actor.organisation(), 0, new MunicipalityProfileUpdate(code, region, !served.isEmpty(), served));
    }
    if (!gaps.targetProfiles(actor).isEmpty()) {
      return;
    }
    List<ItemId> items = new ArrayList<>();
    for (String c : COMPETENCIES) {
      items.add(frameworks.findItem("SV", c).orElseThrow(() -> new IllegalStateException("no item " + c)).item().id());
    }
    StoredTargetProfile profile =
        gaps.createTargetProfile(actor, PROFILE_NAME, new TargetProfileSource.Competencies(items, 1));
    List<TeamMember> members = new ArrayList<>();
    ZWOLLE_TEAM.forEach((label, levels) -> {
      Map<ItemId, Integer> byItem = new LinkedHashMap<>();
      for (int i = 0; i < items.size(); i++) {
        byItem.put(items.get(i), levels[i]);
      }
      members.add(TeamMember.of(labelPrefix + label.substring(3), byItem));
    });
    Team team = gaps.createTeam(actor, TEAM_NAME, new TeamState(members));
    gaps.saveGap(actor, SAVED_GAP_NAME, new GapQuery(profile.id(), team.id(), null));
    LOG.info(() -> "Demo mode: gap demo data loaded for " + username);
  }
}
