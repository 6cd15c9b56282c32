package nl.vakwijzer.catalogue.api.gap;

import java.util.Objects;

/**
 * A gap search over stored data: the municipality's target profile and team, and the filters
 * ({@code null} = none). For a region filter pass the region's municipalities in {@link
 * GapSearchFilter#location()}.
 */
public record GapQuery(TargetProfileId profile, TeamId team, GapSearchFilter filter) {
  public GapQuery {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(team, "team");
    filter = filter == null ? GapSearchFilter.NONE : filter;
  }
}
