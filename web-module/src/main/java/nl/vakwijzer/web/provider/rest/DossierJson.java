package nl.vakwijzer.web.provider.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;

/**
 * Reads and writes module dossiers as JSON for the provider REST api: the {@link ModuleDossier}
 * record's components as properties, framework item ids as plain UUID strings. Anything that is not
 * a readable dossier (malformed JSON, a wrong type, a duplicate objective id, an invalid postcode)
 * is a 400 problem with a Dutch message, never a 500.
 */
final class DossierJson {
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withAdapters(new ItemIdAdapter()).withFormatting(false));

  private DossierJson() {}

  static Jsonb jsonb() {
    return JSONB;
  }

  /** The dossier in a request; {@code field} names it in the problem when unreadable. */
  static ModuleDossier read(String json, String field) {
    if (json == null || json.isBlank()) {
      throw new InvalidParametersException(List.of(Invalid.of(field, "provider.api.dossierMissing")));
    }
    try {
      ModuleDossier dossier = JSONB.fromJson(json, ModuleDossier.class);
      if (dossier == null) {
        throw new InvalidParametersException(List.of(Invalid.of(field, "provider.api.dossierMissing")));
      }
      return dossier;
    } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
      Throwable cause = rootCause(e);
      if (cause instanceof CatalogueException catalogue) {
        throw new InvalidParametersException(
            List.of(new Invalid(field, catalogue.messageKey(), catalogue.arguments())));
      }
      throw new InvalidParametersException(List.of(Invalid.of(field, "provider.api.dossierUnreadable", safe(cause.getMessage()))));
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The parser's message without anything that could be markup, and not too long. */
  private static String safe(String message) {
    String text = message == null ? "" : message.replaceAll("[<>\"]", "");
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  /** Item ids as UUID strings, not {@code {"value": …}} objects. */
  static final class ItemIdAdapter implements JsonbAdapter<ItemId, String> {
    @Override
    public String adaptToJson(ItemId id) {
      return id.value().toString();
    }

    @Override
    public ItemId adaptFromJson(String text) {
      return new ItemId(UUID.fromString(text));
    }
  }
}
