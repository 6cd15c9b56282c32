package nl.vakwijzer.catalogue.api.gap;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where offerings must take place: in one of {@code municipalities} (gemeente names, compared
 * case-insensitively) and/or online. The domain has no geography: for a province or
 * arbeidsmarktregio the caller passes that area's municipalities.
 */
public record LocationFilter(Set<String> municipalities, boolean online) {
  public LocationFilter {
    municipalities = municipalities == null ? Set.of()
        : municipalities.stream().map(m -> m.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  public static LocationFilter onlineOnly() {
    return new LocationFilter(Set.of(), true);
  }

  public static LocationFilter in(Set<String> municipalities, boolean alsoOnline) {
    return new LocationFilter(municipalities, alsoOnline);
  }

  public boolean includes(String municipality) {
    return municipality != null && municipalities.contains(municipality.strip().toLowerCase(Locale.ROOT));
  }
}
