package nl.vakwijzer.catalogue.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.HeatMapCell;
import nl.vakwijzer.catalogue.api.gap.PersonGap;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.gap.TeamGap;

/**
 * The gap (issue item 4): per competency, who is below the required level and by how many level
 * steps; the priority order (people × steps × weight); the team average per competency for the
 * radar chart; the people × competency heat map.
 *
 * <p>Rules: a person is below when their current level is lower than the required level; their
 * steps are the difference (below Basis, -1, is one step under Basis, so below Basis → Vakbekwaam is
 * 2 steps). "People × steps" is the sum of those steps over the people below (person-level-steps),
 * and the priority is that sum times the weight. A person without a level for a competency is
 * reported as not assessed and left out of that competency's gap and average.
 */
public final class GapAnalysis {
  private GapAnalysis() {}

  public static TeamGap analyse(TargetProfile profile, TeamState team) {
    var byProfile = new ArrayList<CompetencyGap>();
    var cells = new ArrayList<HeatMapCell>();
    for (TargetCompetency target : profile.competencies()) {
      byProfile.add(gapOf(target, team));
    }
    for (TeamMember member : team.members()) {
      for (TargetCompetency target : profile.competencies()) {
        OptionalInt level = member.level(target.competency());
        cells.add(new HeatMapCell(member.label(), target.competency(),
            level.isPresent() ? level.getAsInt() : null, target.requiredLevel()));
      }
    }
    List<CompetencyGap> byPriority = byProfile.stream()
        .filter(CompetencyGap::hasGap)
        .sorted(Comparator.comparingDouble(CompetencyGap::priority).reversed()
            .thenComparing(Comparator.comparingInt((CompetencyGap g) -> g.below().size()).reversed())
            .thenComparingInt(byProfile::indexOf))
        .toList();
    List<PersonLabel> people = team.members().stream().map(TeamMember::label).toList();
    List<ItemId> competencies = profile.competencies().stream().map(TargetCompetency::competency).toList();
    return new TeamGap(byProfile, byPriority, people, competencies, cells);
  }

  private static CompetencyGap gapOf(TargetCompetency target, TeamState team) {
    var below = new ArrayList<PersonGap>();
    var notAssessed = new ArrayList<PersonLabel>();
    int assessed = 0;
    int steps = 0;
    long levelSum = 0;
    for (TeamMember member : team.members()) {
      OptionalInt level = member.level(target.competency());
      if (level.isEmpty()) {
        notAssessed.add(member.label());
        continue;
      }
      assessed++;
      levelSum += level.getAsInt();
      if (level.getAsInt() < target.requiredLevel()) {
        var gap = new PersonGap(member.label(), level.getAsInt(), target.requiredLevel());
        below.add(gap);
        steps += gap.steps();
      }
    }
    double average = assessed == 0 ? Double.NaN : (double) levelSum / assessed;
    return new CompetencyGap(target.competency(), target.requiredLevel(), target.weight(), below, assessed, steps,
        steps * target.weight(), average, notAssessed);
  }
}
