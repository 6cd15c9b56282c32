package nl.vakwijzer.catalogue.gap;

import static nl.vakwijzer.catalogue.gap.GapFixtures.BASIS;
import static nl.vakwijzer.catalogue.gap.GapFixtures.TODAY;
import static nl.vakwijzer.catalogue.gap.GapFixtures.VAKBEKWAAM;
import static nl.vakwijzer.catalogue.gap.GapFixtures.claim;
import static nl.vakwijzer.catalogue.gap.GapFixtures.item;
import static nl.vakwijzer.catalogue.gap.GapFixtures.module;
import static nl.vakwijzer.catalogue.gap.GapFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.LocationFilter;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import org.junit.jupiter.api.Test;

/** Every filter of the gap search, each on otherwise equal modules (all bridge the same gap). */
class CandidateFilterTest {
  static final ItemId P = item("probleemanalyse");
  static final TargetProfile PROFILE = TargetProfile.of(TargetCompetency.of(P, VAKBEKWAAM));
  static final TeamState TEAM = TeamState.of(person("KM-01", P, BASIS), person("KM-02", P, BASIS),
      person("KM-03", P, BASIS), person("KM-04", P, BASIS));
  static final OfferingLocation UTRECHT = OfferingLocation.at("3511 AB", "Utrecht");
  static final OfferingLocation GRONINGEN = OfferingLocation.at("9711 AA", "Groningen");

  static GapFixtures.Candidate m(String name) {
    return module(name).claims(claim(P, BASIS, VAKBEKWAAM));
  }

  static List<ModuleVersionId> found(GapSearchFilter filter, GapCandidate... candidates) {
    GapSearchResult result = GapRanking.search(GapSearchRequest.of(PROFILE, TEAM, List.of(candidates), TODAY).withFilter(filter));
    assertThat(result.filteredOut() + result.results().size()).isEqualTo(candidates.length);
    return result.results().stream().map(RankedModule::id).sorted(java.util.Comparator.comparing(Object::toString)).toList();
  }

  static List<ModuleVersionId> ids(String... names) {
    return java.util.Arrays.stream(names).map(GapFixtures::version).sorted(java.util.Comparator.comparing(Object::toString)).toList();
  }

  @Test
  void locationByMunicipalityOnlineOrInCompany() {
    var utrecht = m("utrecht").offering(TODAY.plusDays(7), UTRECHT).build();
    var groningen = m("groningen").offering(TODAY.plusDays(7), GRONINGEN).build();
    var online = m("online").offering(TODAY.plusDays(7), OfferingLocation.ONLINE).build();
    var inCompany = m("in-company").price(null).inCompany("2000").build();
    var nothing = m("nothing").build();
    var cancelled = m("cancelled").offering(new Offering("x", List.of(TODAY.plusDays(7)), UTRECHT, 10, OfferingStatus.CANCELLED)).build();
    var all = new GapCandidate[] {utrecht, groningen, online, inCompany, nothing, cancelled};

    assertThat(found(GapSearchFilter.NONE, all)).hasSize(6);
    assertThat(found(GapSearchFilter.NONE.withLocation(LocationFilter.in(Set.of(" UTRECHT", "Amersfoort"), false)), all))
        .isEqualTo(ids("utrecht", "in-company"));
    assertThat(found(GapSearchFilter.NONE.withLocation(LocationFilter.in(Set.of("Utrecht"), true)), all))
        .isEqualTo(ids("utrecht", "online", "in-company"));
    assertThat(found(GapSearchFilter.NONE.withLocation(LocationFilter.onlineOnly()), all))
        .isEqualTo(ids("online", "in-company"));
  }

  @Test
  void deliveryMode() {
    var online = m("online").mode(DeliveryMode.ONLINE).build();
    var blended = m("blended").mode(DeliveryMode.BLENDED).build();
    var unknown = m("unknown").mode(null).build();
    assertThat(found(GapSearchFilter.NONE.withDeliveryModes(Set.of(DeliveryMode.ONLINE, DeliveryMode.KLASSIKAAL)),
        online, blended, unknown)).isEqualTo(ids("online"));
  }

  @Test
  void maxPricePerParticipantSpreadsAnInCompanyOnlyPriceOverTheTeam() {
    var cheap = m("cheap").price("399.99").build();
    var exact = m("exact").price("400").build();
    var dear = m("dear").price("400.01").inCompany("1000").build(); // the per-participant price decides
    var groupOk = m("group-ok").price(null).inCompany("1600").build(); // 1600 / 4 = 400
    var groupDear = m("group-dear").price(null).inCompany("1604").build();
    var onRequest = m("on-request").price(null).build();
    assertThat(found(GapSearchFilter.NONE.withMaxPricePerParticipant(new BigDecimal("400")),
        cheap, exact, dear, groupOk, groupDear, onRequest)).isEqualTo(ids("cheap", "exact", "group-ok"));
  }

  @Test
  void periodNeedsAUsableOfferingStartingInItOrInCompany() {
    var from = TODAY.plusMonths(1);
    var to = TODAY.plusMonths(3);
    var inside = m("inside").offering(from, UTRECHT).build();
    var lastDay = m("last-day").offering(to, UTRECHT).build();
    var before = m("before").offering(from.minusDays(1), UTRECHT).build();
    var after = m("after").offering(to.plusDays(1), UTRECHT).build();
    var full = m("full").offering(new Offering("f", List.of(from.plusDays(5)), UTRECHT, 0, OfferingStatus.FULL)).build();
    var undated = m("undated").offering(new Offering("u", List.of(), UTRECHT, 10, OfferingStatus.PLANNED)).build();
    var inCompany = m("in-company").inCompany("3000").build();
    assertThat(found(GapSearchFilter.NONE.withPeriod(from, to), inside, lastDay, before, after, full, undated, inCompany))
        .isEqualTo(ids("inside", "last-day", "in-company"));
    // open-ended period
    assertThat(found(GapSearchFilter.NONE.withPeriod(null, from), inside, after, before)).isEqualTo(ids("inside", "before"));
  }

  @Test
  void maxDurationInStudyHoursAndSpanWeeks() {
    var short1 = m("short").size("8", "4", 2).build();
    var longHours = m("long-hours").size("30", "20", 4).build();
    var longSpan = m("long-span").size("8", "4", 20).build();
    var unknownSpan = m("unknown-span").size("8", "4", 0).build();
    assertThat(found(GapSearchFilter.NONE.withMaxDuration(new BigDecimal("12"), 8), short1, longHours, longSpan, unknownSpan))
        .isEqualTo(ids("short", "unknown-span"));
    assertThat(found(GapSearchFilter.NONE.withMaxDuration(null, 4), short1, longHours, longSpan))
        .isEqualTo(ids("short", "long-hours"));
  }

  @Test
  void language() {
    var dutch = m("dutch").language("NL").build();
    var english = m("english").language("en").build();
    assertThat(found(GapSearchFilter.NONE.withLanguages(Set.of("nl")), dutch, english)).isEqualTo(ids("dutch"));
  }

  @Test
  void inCompanyOnly() {
    var open = m("open").build();
    var priced = m("priced").inCompany("2500").build();
    var mode = m("mode").mode(DeliveryMode.IN_COMPANY).build();
    assertThat(found(GapSearchFilter.NONE.withInCompanyOnly(true), open, priced, mode)).isEqualTo(ids("priced", "mode"));
  }

  @Test
  void providerFilter() {
    var a = m("a").provider("Opleider A").build();
    var b = m("b").provider("Opleider B").build();
    assertThat(found(GapSearchFilter.NONE.withProviders(Set.of(GapFixtures.provider("Opleider B"))), a, b)).isEqualTo(ids("b"));
  }

  @Test
  void accreditationThatEndedIsNoLongerFindable() {
    var valid = m("valid").accredited(TODAY.minusYears(1), TODAY).build();
    var ended = m("ended").accredited(TODAY.minusYears(3), TODAY.minusDays(1)).build();
    var open = m("open").accredited(null, null).build();
    assertThat(found(GapSearchFilter.NONE, valid, ended, open)).isEqualTo(ids("valid", "open"));
  }

  @Test
  void filtersCombine() {
    var match = m("match").language("nl").mode(DeliveryMode.ONLINE).offering(TODAY.plusDays(3), OfferingLocation.ONLINE).build();
    var wrongLanguage = m("wrong-language").language("en").mode(DeliveryMode.ONLINE)
        .offering(TODAY.plusDays(3), OfferingLocation.ONLINE).build();
    var filter = GapSearchFilter.NONE.withLocation(LocationFilter.onlineOnly()).withLanguages(Set.of("nl"))
        .withDeliveryModes(Set.of(DeliveryMode.ONLINE)).withPeriod(TODAY, TODAY.plusDays(10));
    assertThat(found(filter, match, wrongLanguage)).isEqualTo(ids("match"));
  }
}
