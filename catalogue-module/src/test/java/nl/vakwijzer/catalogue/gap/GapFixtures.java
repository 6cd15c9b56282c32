package nl.vakwijzer.catalogue.gap;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.TeamMember;

/** Small builders for the gap tests: stable ids from names, candidates with sensible defaults. */
final class GapFixtures {
  static final int BELOW = -1;
  static final int BASIS = 0;
  static final int VAKBEKWAAM = 1;
  static final int VAKVOLWASSEN = 2;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private GapFixtures() {}

  static ItemId item(String name) {
    return new ItemId(UUID.nameUUIDFromBytes(("item:" + name).getBytes(StandardCharsets.UTF_8)));
  }

  static ModuleVersionId version(String name) {
    return new ModuleVersionId(UUID.nameUUIDFromBytes(("version:" + name).getBytes(StandardCharsets.UTF_8)));
  }

  static OrganisationId provider(String name) {
    return new OrganisationId(UUID.nameUUIDFromBytes(("provider:" + name).getBytes(StandardCharsets.UTF_8)));
  }

  static AcceptedClaim claim(ItemId competency, int from, int to, ItemId... behaviourExamples) {
    return new AcceptedClaim(competency, ClaimLevel.ofOrdinal(from), ClaimLevel.ofOrdinal(to), List.of(behaviourExamples));
  }

  /** A person with levels given as competency, level, competency, level, … */
  static TeamMember person(String label, Object... levels) {
    Map<ItemId, Integer> map = new HashMap<>();
    for (int i = 0; i < levels.length; i += 2) {
      map.put((ItemId) levels[i], (Integer) levels[i + 1]);
    }
    return TeamMember.of(label, map);
  }

  static Offering offering(String id, LocalDate start, OfferingLocation where) {
    return new Offering(id, List.of(start, start.plusWeeks(1)), where, 12, OfferingStatus.OPEN);
  }

  static Candidate module(String name) {
    return new Candidate(name);
  }

  /** A mutable builder of one {@link GapCandidate}. */
  static final class Candidate {
    private final String name;
    private final List<AcceptedClaim> claims = new ArrayList<>();
    private final Set<TeachingMethodKind> werkvormen = new HashSet<>(Set.of(TeachingMethodKind.KLASSIKAAL));
    private BigDecimal perParticipant = new BigDecimal("500");
    private BigDecimal inCompany;
    private final List<Offering> offerings = new ArrayList<>();
    private DeliveryMode mode = DeliveryMode.KLASSIKAAL;
    private String language = "nl";
    private ModuleSize size = new ModuleSize(new BigDecimal("16"), new BigDecimal("8"), 4, 6);
    private LocalDate since = LocalDate.of(2026, 1, 1);
    private LocalDate until = LocalDate.of(2029, 1, 1);
    private String providerName = "Opleider A";

    Candidate(String name) {
      this.name = name;
    }

    Candidate claims(AcceptedClaim... value) {
      claims.addAll(List.of(value));
      return this;
    }

    Candidate werkvormen(TeachingMethodKind... value) {
      werkvormen.clear();
      werkvormen.addAll(List.of(value));
      return this;
    }

    Candidate price(String perParticipantEuros) {
      perParticipant = perParticipantEuros == null ? null : new BigDecimal(perParticipantEuros);
      return this;
    }

    Candidate inCompany(String euros) {
      inCompany = euros == null ? null : new BigDecimal(euros);
      return this;
    }

    Candidate offering(LocalDate start, OfferingLocation where) {
      offerings.add(GapFixtures.offering(name + "-" + offerings.size(), start, where));
      return this;
    }

    Candidate offering(Offering value) {
      offerings.add(value);
      return this;
    }

    Candidate mode(DeliveryMode value) {
      mode = value;
      return this;
    }

    Candidate language(String value) {
      language = value;
      return this;
    }

    Candidate size(String contactHours, String selfStudyHours, int spanWeeks) {
      size = new ModuleSize(new BigDecimal(contactHours), new BigDecimal(selfStudyHours), 1, spanWeeks);
      return this;
    }

    Candidate accredited(LocalDate from, LocalDate to) {
      since = from;
      until = to;
      return this;
    }

    Candidate provider(String value) {
      providerName = value;
      return this;
    }

    GapCandidate build() {
      return new GapCandidate(version(name), name, GapFixtures.provider(providerName), providerName, claims, werkvormen,
          new Prices(perParticipant, inCompany), offerings, mode, language, size, since, until);
    }
  }
}
