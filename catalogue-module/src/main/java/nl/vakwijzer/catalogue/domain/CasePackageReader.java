package nl.vakwijzer.catalogue.domain;

import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_TYPE_UNKNOWN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_INVALID_DATE_TIME;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_INVALID_UUID;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_MISSING;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_TOO_LONG;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_WRONG_TYPE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ITEM_TYPE_UNKNOWN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.JSON_MALFORMED;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * Reads a CASE 1.1 CFPackage (JSON) into a {@link CasePackage} and reports every problem of form
 * it finds: malformed JSON, missing required fields, wrong JSON types, invalid UUIDs and
 * date-times, and item or association types the model does not know.
 *
 * <p>Required are the fields the CASE 1.1 package schema requires, plus {@code CFItemType} and
 * {@code humanCodingScheme} on items, which Vakwijzer's model needs. Fields the model does not
 * keep (subjects, education levels, licences, CFDefinitions, …) are ignored. Checks that need the
 * whole package or the stored frameworks are the {@link CasePackageValidator}'s.
 */
public final class CasePackageReader {
  static final int MAX_CODE_LENGTH = 60;
  static final int MAX_VERSION_LENGTH = 40;
  static final int MAX_HUMAN_CODE_LENGTH = 200;
  static final int MAX_LANGUAGE_LENGTH = 20;
  static final int MAX_PUBLICATION_DATE_LENGTH = 20;

  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final JsonParserFactory parsers = Json.createParserFactory(Map.of());

  /** Reads the package; never throws for bad content, which is reported in the result. */
  public CaseReadResult read(byte[] json) {
    JsonValue root;
    try (JsonParser parser = parsers.createParser(new ByteArrayInputStream(withoutByteOrderMark(json)))) {
      if (!parser.hasNext()) {
        return unreadable(CaseValidationError.of("$", JSON_MALFORMED, 1L, 1L));
      }
      parser.next();
      root = parser.getValue();
      if (parser.hasNext()) {
        // a second value after the package: JsonReader would silently ignore it
        JsonLocation at = parser.getLocation();
        return unreadable(CaseValidationError.of("$", JSON_MALFORMED, at.getLineNumber(), at.getColumnNumber()));
      }
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      return unreadable(
          CaseValidationError.of(
              "$", JSON_MALFORMED, at == null ? -1L : at.getLineNumber(), at == null ? -1L : at.getColumnNumber()));
    } catch (JsonException | IllegalStateException e) {
      return unreadable(CaseValidationError.of("$", JSON_MALFORMED, -1L, -1L));
    }
    if (!(root instanceof JsonObject rootObject)) {
      return unreadable(CaseValidationError.of("$", FIELD_WRONG_TYPE, "$", "object"));
    }
    List<CaseValidationError> errors = new ArrayList<>();
    Fields fields = new Fields(rootObject, "$", errors);
    JsonObject documentJson = fields.object("CFDocument", true);
    CaseDocument document = documentJson == null ? null : document(documentJson, errors);
    List<CaseItem> items = new ArrayList<>();
    JsonArray itemsJson = fields.array("CFItems");
    if (itemsJson != null) {
      for (int i = 0; i < itemsJson.size(); i++) {
        String path = "$.CFItems[" + i + "]";
        if (itemsJson.get(i) instanceof JsonObject itemJson) {
          items.add(item(i, itemJson, path, errors));
        } else {
          errors.add(CaseValidationError.of(path, FIELD_WRONG_TYPE, "CFItems[" + i + "]", "object"));
        }
      }
    }
    List<CaseAssociation> associations = new ArrayList<>();
    JsonArray associationsJson = fields.array("CFAssociations");
    if (associationsJson != null) {
      for (int i = 0; i < associationsJson.size(); i++) {
        String path = "$.CFAssociations[" + i + "]";
        if (associationsJson.get(i) instanceof JsonObject associationJson) {
          associations.add(association(i, associationJson, path, errors));
        } else {
          errors.add(
              CaseValidationError.of(path, FIELD_WRONG_TYPE, "CFAssociations[" + i + "]", "object"));
        }
      }
    }
    return new CaseReadResult(new CasePackage(document, items, associations), errors);
  }

  private static CaseDocument document(JsonObject json, List<CaseValidationError> errors) {
    Fields f = new Fields(json, "$.CFDocument", errors);
    UUID identifier = f.uuid("identifier", true);
    String uri = f.string("uri", true);
    String creator = f.string("creator", true);
    String title = f.string("title", true);
    OffsetDateTime lastChange = f.dateTime("lastChangeDateTime", true);
    String publisher = f.string("publisher", false);
    String description = f.string("description", false);
    String language = f.string("language", false, MAX_LANGUAGE_LENGTH);
    String version = f.string("version", false, MAX_VERSION_LENGTH);
    String adoptionStatus = f.string("adoptionStatus", false);
    String notes = f.string("notes", false);
    String officialSourceUrl = f.string("officialSourceURL", false);
    JsonObject extensions = f.object("extensions", false);
    if (extensions != null) {
      Fields x = new Fields(extensions, "$.CFDocument.extensions", errors);
      x.string("code", false, MAX_CODE_LENGTH);
      x.string("sourceFile", false);
      x.string("sourceSection", false);
      x.string("publicationDate", false, MAX_PUBLICATION_DATE_LENGTH);
    }
    return new CaseDocument(
        identifier, uri, creator, title, lastChange, publisher, description, language, version,
        adoptionStatus, notes, officialSourceUrl, extensions);
  }

  private static CaseItem item(int index, JsonObject json, String path, List<CaseValidationError> errors) {
    Fields f = new Fields(json, path, errors);
    UUID identifier = f.uuid("identifier", true);
    String uri = f.string("uri", true);
    String fullStatement = f.string("fullStatement", true);
    String humanCode = f.string("humanCodingScheme", true, MAX_HUMAN_CODE_LENGTH);
    String typeCode = f.string("CFItemType", true);
    ItemType type = null;
    if (typeCode != null) {
      type = ItemType.fromCode(typeCode).orElse(null);
      if (type == null) {
        errors.add(CaseValidationError.of(path + ".CFItemType", ITEM_TYPE_UNKNOWN, typeCode));
      }
    }
    String abbreviated = f.string("abbreviatedStatement", false);
    String notes = f.string("notes", false);
    String language = f.string("language", false, MAX_LANGUAGE_LENGTH);
    OffsetDateTime lastChange = f.dateTime("lastChangeDateTime", true);
    JsonObject extensions = f.object("extensions", false);
    if (extensions != null) {
      // scaleValue orders the points of a scale (SQL casts it), so it must be an integer
      new Fields(extensions, path + ".extensions", errors).integer("scaleValue");
    }
    return new CaseItem(
        index, identifier, uri, fullStatement, humanCode, typeCode, type, abbreviated, notes,
        language, lastChange, extensions);
  }

  private static CaseAssociation association(
      int index, JsonObject json, String path, List<CaseValidationError> errors) {
    Fields f = new Fields(json, path, errors);
    UUID identifier = f.uuid("identifier", true);
    String uri = f.string("uri", true);
    String typeName = f.string("associationType", true);
    AssociationType type = null;
    if (typeName != null) {
      type = AssociationType.fromCaseName(typeName).orElse(null);
      if (type == null) {
        errors.add(CaseValidationError.of(path + ".associationType", ASSOCIATION_TYPE_UNKNOWN, typeName));
      }
    }
    CaseNodeRef origin = node(f.object("originNodeURI", true), path + ".originNodeURI", errors);
    CaseNodeRef destination =
        node(f.object("destinationNodeURI", true), path + ".destinationNodeURI", errors);
    Integer sequenceNumber = f.integer("sequenceNumber");
    String notes = f.string("notes", false);
    OffsetDateTime lastChange = f.dateTime("lastChangeDateTime", true);
    return new CaseAssociation(
        index, identifier, uri, typeName, type, origin, destination, sequenceNumber, notes, lastChange);
  }

  private static CaseNodeRef node(JsonObject json, String path, List<CaseValidationError> errors) {
    if (json == null) {
      return null;
    }
    Fields f = new Fields(json, path, errors);
    return new CaseNodeRef(f.string("title", true), f.uuid("identifier", true), f.string("uri", true));
  }

  private static CaseReadResult unreadable(CaseValidationError error) {
    return new CaseReadResult(null, List.of(error));
  }

  private static byte[] withoutByteOrderMark(byte[] json) {
    if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
      return java.util.Arrays.copyOfRange(json, 3, json.length);
    }
    return json;
  }

  /** Typed access to the fields of one JSON object, reporting problems with their paths. */
  private record Fields(JsonObject json, String path, List<CaseValidationError> errors) {

    String string(String name, boolean required) {
      return string(name, required, Integer.MAX_VALUE);
    }

    String string(String name, boolean required, int maxLength) {
      JsonValue value = json.get(name);
      if (absent(value)) {
        missingIf(required, name);
        return null;
      }
      if (!(value instanceof JsonString s)) {
        wrongType(name, "string");
        return null;
      }
      String text = s.getString();
      if (required && text.isBlank()) {
        missingIf(true, name);
        return null;
      }
      if (text.length() > maxLength) {
        errors.add(CaseValidationError.of(path + "." + name, FIELD_TOO_LONG, name, maxLength));
        return null;
      }
      return text;
    }

    UUID uuid(String name, boolean required) {
      String text = string(name, required);
      if (text == null) {
        return null;
      }
      if (!UUID_FORM.matcher(text).matches()) {
        errors.add(CaseValidationError.of(path + "." + name, FIELD_INVALID_UUID, name, text));
        return null;
      }
      return UUID.fromString(text);
    }

    OffsetDateTime dateTime(String name, boolean required) {
      String text = string(name, required);
      if (text == null) {
        return null;
      }
      try {
        // stored as timestamptz: keep the instant, normalised to UTC so equal content compares equal
        return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        errors.add(CaseValidationError.of(path + "." + name, FIELD_INVALID_DATE_TIME, name, text));
        return null;
      }
    }

    Integer integer(String name) {
      JsonValue value = json.get(name);
      if (absent(value)) {
        return null;
      }
      if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
        wrongType(name, "integer");
        return null;
      }
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        wrongType(name, "integer");
        return null;
      }
    }

    JsonObject object(String name, boolean required) {
      JsonValue value = json.get(name);
      if (absent(value)) {
        missingIf(required, name);
        return null;
      }
      if (!(value instanceof JsonObject o)) {
        wrongType(name, "object");
        return null;
      }
      return o;
    }

    JsonArray array(String name) {
      JsonValue value = json.get(name);
      if (absent(value)) {
        return null;
      }
      if (!(value instanceof JsonArray a)) {
        wrongType(name, "array");
        return null;
      }
      return a;
    }

    private static boolean absent(JsonValue value) {
      return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private void missingIf(boolean required, String name) {
      if (required) {
        errors.add(CaseValidationError.of(path + "." + name, FIELD_MISSING, name));
      }
    }

    private void wrongType(String name, String expected) {
      errors.add(CaseValidationError.of(path + "." + name, FIELD_WRONG_TYPE, name, expected));
    }
  }
}
