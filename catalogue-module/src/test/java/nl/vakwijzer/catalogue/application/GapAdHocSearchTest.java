package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.api.gap.GapReason;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.InvalidGapInputException;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.PathModule;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import org.junit.jupiter.api.Test;

/** The stateless gap search and learning path (REST): same rules as over stored data, nothing stored. */
class GapAdHocSearchTest {
  private final GapTestSupport t = new GapTestSupport();
  private final Actor gemeente = t.municipality();

  private TargetProfile profile(String code, int required) {
    return TargetProfile.of(TargetCompetency.of(t.m.item(code), required));
  }

  private TeamState team(String code, int... levels) {
    ItemId item = t.m.item(code);
    return new TeamState(java.util.stream.IntStream.range(0, levels.length)
        .mapToObj(i -> TeamMember.of(String.format("KM-%02d", i + 1), Map.of(item, levels[i]))).toList());
  }

  @Test
  void ranksAndExplainsWithoutStoringAnything() {
    ModuleVersion module = t.accredited("Netwerken ad hoc", new BigDecimal("300"), t.claim("SV.C7", 0, 1));
    long profiles = t.m.count("select count(*) from catalogue.target_profile");
    long teams = t.m.count("select count(*) from catalogue.gap_team");

    GapSearchResult result = t.gaps.searchAdHoc(gemeente, profile("SV.C7", 1), team("SV.C7", 0, 0, 1), null);

    RankedModule found = result.results().stream().filter(r -> r.id().equals(module.id())).findFirst().orElseThrow();
    assertThat(found.reasons()).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo(GapReason.CLOSES);
      assertThat(r.arguments().subList(3, 5)).containsExactly(2, 2);
    });
    assertThat(found.personStepsClosed()).isEqualTo(2);

    LearningPath path = t.gaps.learningPathAdHoc(gemeente, profile("SV.C7", 1), team("SV.C7", 0, 0, 1), null,
        new BigDecimal("100000"));
    assertThat(path.stepsNeeded()).isEqualTo(2);
    assertThat(path.stepsClosed()).isEqualTo(2);
    assertThat(path.modules()).extracting(PathModule::id).isNotEmpty();
    assertThat(path.comparison()).isNotNull();

    assertThat(t.m.count("select count(*) from catalogue.target_profile")).isEqualTo(profiles);
    assertThat(t.m.count("select count(*) from catalogue.gap_team")).isEqualTo(teams);
  }

  @Test
  void refusesBadInput() {
    TargetProfile unknown = TargetProfile.of(TargetCompetency.of(new ItemId(UUID.randomUUID()), 0));
    assertThatThrownBy(() -> t.gaps.searchAdHoc(gemeente, unknown, team("SV.C7", 0), null))
        .isInstanceOf(UnknownItemException.class);
    assertThatThrownBy(() -> t.gaps.searchAdHoc(gemeente, profile("SV.C7", 3), team("SV.C7", 0), null))
        .isInstanceOf(InvalidGapInputException.class).hasMessageContaining(InvalidGapInputException.LEVEL_INVALID);
    assertThatThrownBy(() -> t.gaps.searchAdHoc(gemeente, profile("SV.C7", 1), team("SV.C7", 3), null))
        .isInstanceOf(InvalidGapInputException.class).hasMessageContaining(InvalidGapInputException.LEVEL_INVALID);
    assertThatThrownBy(() -> t.gaps.searchAdHoc(gemeente, profile("SV.C7", 1), team("SV.C6", 0), null))
        .isInstanceOf(InvalidGapInputException.class)
        .hasMessageContaining(InvalidGapInputException.TEAM_COMPETENCY_UNKNOWN);
    assertThatThrownBy(() -> t.gaps.learningPathAdHoc(gemeente, profile("SV.C7", 1), team("SV.C7", 0), null,
        BigDecimal.ZERO)).hasMessageContaining(InvalidGapInputException.BUDGET_INVALID);
    assertThatThrownBy(() -> new TeamState(List.of())).hasMessageContaining(InvalidGapInputException.TEAM_EMPTY);
    Actor provider = t.m.provider();
    assertThatThrownBy(() -> t.gaps.searchAdHoc(provider, profile("SV.C7", 1), team("SV.C7", 0), null))
        .isInstanceOf(UnknownOrganisationException.class);
  }
}
