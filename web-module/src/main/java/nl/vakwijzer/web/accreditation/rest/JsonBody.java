package nl.vakwijzer.web.accreditation.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;

/**
 * A workflow request body, read field by field: every field that is missing, of the wrong type or
 * an unknown choice is collected with its JSON path and a bundle key, and {@link #check()} refuses
 * them all at once as a 422 problem (one entry per field). Nothing reaches the service then, so
 * nothing is half-saved. A body that is no JSON object at all is a 400 problem.
 */
final class JsonBody {
  private final JsonObject object;
  private final List<Invalid> invalid;
  private final String path;

  private JsonBody(JsonObject object, List<Invalid> invalid, String path) {
    this.object = object;
    this.invalid = invalid;
    this.path = path;
  }

  /** The body as a JSON object; an empty body is an empty object when {@code optional}. */
  static JsonBody read(String body, boolean optional) {
    if (body == null || body.isBlank()) {
      if (optional) {
        return new JsonBody(JsonValue.EMPTY_JSON_OBJECT, new ArrayList<>(), "$");
      }
      throw new InvalidParametersException(List.of(Invalid.of("$", "provider.api.bodyMissing")));
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return new JsonBody(reader.readObject(), new ArrayList<>(), "$");
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidParametersException(List.of(Invalid.of("$", "provider.api.bodyUnreadable")));
    }
  }

  /** Refuses the body when any field did not fit (422). */
  void check() {
    if (!invalid.isEmpty()) {
      throw new InvalidParametersException(invalid, InvalidParametersException.UNPROCESSABLE);
    }
  }

  /** Whether nothing was refused so far. */
  boolean clean() {
    return invalid.isEmpty();
  }

  /** Adds a refusal for a field of this object. */
  void refuse(String field, String key, Object... arguments) {
    invalid.add(Invalid.of(at(field), key, arguments));
  }

  boolean has(String field) {
    return object.containsKey(field) && object.get(field).getValueType() != JsonValue.ValueType.NULL;
  }

  private String at(String field) {
    return path + "." + field;
  }

  Optional<Boolean> bool(String field, boolean required) {
    if (!has(field)) {
      missing(field, required);
      return Optional.empty();
    }
    JsonValue v = object.get(field);
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return Optional.of(v == JsonValue.TRUE);
    }
    refuse(field, "accreditation.api.boolean", at(field));
    return Optional.empty();
  }

  /** A text, stripped, of at most {@code max} characters; blank counts as missing when required. */
  Optional<String> text(String field, boolean required, int max) {
    Optional<String> text = text(field, required);
    if (text.isPresent() && text.get().strip().length() > max) {
      refuse(field, "accreditation.input.tooLong", max);
      return Optional.empty();
    }
    return text.map(String::strip);
  }

  /** A text; blank counts as missing when required. */
  Optional<String> text(String field, boolean required) {
    if (!has(field)) {
      missing(field, required);
      return Optional.empty();
    }
    if (!(object.get(field) instanceof JsonString s)) {
      refuse(field, "accreditation.api.text", at(field));
      return Optional.empty();
    }
    if (required && s.getString().isBlank()) {
      refuse(field, "accreditation.api.required", at(field));
      return Optional.empty();
    }
    return Optional.of(s.getString());
  }

  Optional<Integer> integer(String field, boolean required) {
    if (!has(field)) {
      missing(field, required);
      return Optional.empty();
    }
    if (object.get(field) instanceof JsonNumber n && n.isIntegral()
        && n.bigIntegerValue().bitLength() < 32) {
      return Optional.of(n.intValue());
    }
    refuse(field, "accreditation.api.integer", at(field));
    return Optional.empty();
  }

  /** The revision the client read: optional, a whole number of 0 or more. */
  OptionalLong revision() {
    if (!has("revision")) {
      return OptionalLong.empty();
    }
    if (object.get("revision") instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 63
        && n.longValue() >= 0) {
      return OptionalLong.of(n.longValue());
    }
    refuse("revision", "accreditation.api.revision");
    return OptionalLong.empty();
  }

  Optional<UUID> uuid(String field, boolean required) {
    return text(field, required).flatMap(text -> {
      try {
        return Optional.of(UUID.fromString(text.strip()));
      } catch (IllegalArgumentException e) {
        refuse(field, "accreditation.api.uuid", text);
        return Optional.empty();
      }
    });
  }

  Optional<LocalDate> date(String field, boolean required) {
    return text(field, required).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text.strip()));
      } catch (DateTimeParseException e) {
        refuse(field, "accreditation.api.date", text);
        return Optional.empty();
      }
    });
  }

  /** One of an enum's constants by name (case-insensitive). */
  <E extends Enum<E>> Optional<E> choice(String field, Class<E> type, boolean required) {
    return text(field, required).flatMap(text -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(text.strip())) {
          return Optional.of(constant);
        }
      }
      refuse(field, "accreditation.api.choice", text,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
      return Optional.empty();
    });
  }

  /** A list of texts (e.g. codes); absent is empty. */
  List<String> texts(String field) {
    if (!has(field)) {
      return List.of();
    }
    if (object.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
      refuse(field, "accreditation.api.list", at(field));
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    var array = object.getJsonArray(field);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString s) {
        texts.add(s.getString().strip().toUpperCase(Locale.ROOT));
      } else {
        invalid.add(Invalid.of(at(field) + "[" + i + "]", "accreditation.api.text", at(field) + "[" + i + "]"));
      }
    }
    return texts;
  }

  /** A list of objects, each read with the same refusal list; absent is empty (or refused when required). */
  List<JsonBody> objects(String field, boolean required) {
    if (!has(field)) {
      missing(field, required);
      return List.of();
    }
    if (object.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
      refuse(field, "accreditation.api.list", at(field));
      return List.of();
    }
    List<JsonBody> list = new ArrayList<>();
    var array = object.getJsonArray(field);
    for (int i = 0; i < array.size(); i++) {
      String element = at(field) + "[" + i + "]";
      if (array.get(i) instanceof JsonObject o) {
        list.add(new JsonBody(o, invalid, element));
      } else {
        invalid.add(Invalid.of(element, "accreditation.api.object", element));
      }
    }
    return list;
  }

  /** An object of texts (e.g. criterion code → reason); absent is empty. */
  List<String[]> textMap(String field) {
    if (!has(field)) {
      return List.of();
    }
    if (!(object.get(field) instanceof JsonObject map)) {
      refuse(field, "accreditation.api.map", at(field));
      return List.of();
    }
    List<String[]> entries = new ArrayList<>();
    map.forEach((key, value) -> {
      if (value instanceof JsonString s) {
        entries.add(new String[] {key, s.getString()});
      } else {
        invalid.add(Invalid.of(at(field) + "." + key, "accreditation.api.text", at(field) + "." + key));
      }
    });
    return entries;
  }

  private void missing(String field, boolean required) {
    if (required) {
      refuse(field, "accreditation.api.required", at(field));
    }
  }
}
