package nl.vakwijzer.web.gap;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Small helpers of the gemeente pages: id parameters and the 404 answer. */
final class GapPages {
  private GapPages() {}

  /** A UUID-based id from a request parameter; empty when absent or malformed. */
  static <T> Optional<T> id(String text, Function<UUID, T> constructor) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(constructor.apply(UUID.fromString(text.strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Answers 404, like an id that does not exist: another municipality's ids included. */
  static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
