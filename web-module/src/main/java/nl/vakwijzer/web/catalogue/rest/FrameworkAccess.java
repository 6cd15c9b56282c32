package nl.vakwijzer.web.catalogue.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.security.Roles;

/**
 * Who may read which framework version over REST (the /api and the CASE endpoints alike):
 * published, replaced and withdrawn versions are public; a concept version only a beheerder sees.
 * To anyone else a concept does not exist (404), so its existence is not revealed either.
 */
@RequestScoped
public class FrameworkAccess {
  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject Caller caller;
  @Inject FrameworkService frameworks;

  private Set<FrameworkId> readable;

  /** Whether the caller may read a framework version in this status. */
  public boolean mayRead(FrameworkStatus status) {
    return status != FrameworkStatus.CONCEPT || caller.hasRole(Roles.BEHEERDER);
  }

  /** The framework versions the caller may read (once per request). */
  public Set<FrameworkId> readable() {
    if (readable == null) {
      readable =
          frameworks.list().stream()
              .filter(f -> mayRead(f.status()))
              .map(f -> f.id())
              .collect(Collectors.toUnmodifiableSet());
    }
    return readable;
  }

  /** The UUID in its canonical 8-4-4-4-12 form; empty for anything else. */
  public static Optional<UUID> uuid(String text) {
    return text != null && UUID_FORM.matcher(text).matches()
        ? Optional.of(UUID.fromString(text.toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }
}
