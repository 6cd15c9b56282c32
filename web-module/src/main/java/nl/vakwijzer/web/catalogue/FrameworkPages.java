package nl.vakwijzer.web.catalogue;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.ItemId;

/** What the public framework pages share: which versions the public sees, ids from URLs, 404. */
final class FrameworkPages {
  private FrameworkPages() {}

  /**
   * Whether the public may see a framework version: a concept is the beheerder's work in
   * progress; replaced and withdrawn versions stay readable because claims point at their items.
   */
  static boolean isPublic(FrameworkStatus status) {
    return status != FrameworkStatus.CONCEPT;
  }

  /** The item id in a URL parameter; empty when it is missing or not a UUID. */
  static Optional<ItemId> itemId(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ItemId(UUID.fromString(parameter.strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Answers the request with the site's 404 page instead of rendering this view. */
  static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
