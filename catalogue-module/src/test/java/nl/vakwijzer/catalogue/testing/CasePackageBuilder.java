package nl.vakwijzer.catalogue.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds small CASE 1.1 packages for tests, with deterministic identifiers derived from the
 * document code and the items' human codes. {@link #set} and {@link #remove} break packages in
 * the ways the validation tests need.
 */
public final class CasePackageBuilder {
  private static final String WHEN = "2026-11-26T00:00:00+00:00";

  private final String code;
  private final Map<String, JsonValue> document = new LinkedHashMap<>();
  private final List<Map<String, JsonValue>> items = new ArrayList<>();
  private final List<Map<String, JsonValue>> associations = new ArrayList<>();

  private CasePackageBuilder(String code) {
    this.code = code;
    UUID id = documentId(code);
    document.put("identifier", Json.createValue(id.toString()));
    document.put("uri", Json.createValue("urn:uuid:" + id));
    document.put("creator", Json.createValue("Vakwijzer tests"));
    document.put("title", Json.createValue("Testkader " + code));
    document.put("lastChangeDateTime", Json.createValue(WHEN));
    document.put("language", Json.createValue("nl"));
    document.put("version", Json.createValue("1"));
    document.put("adoptionStatus", Json.createValue("Draft"));
    document.put("extensions", Json.createObjectBuilder().add("code", code).build());
  }

  public static CasePackageBuilder framework(String code) {
    return new CasePackageBuilder(code);
  }

  public static UUID documentId(String code) {
    return UUID.nameUUIDFromBytes(("doc/" + code).getBytes(StandardCharsets.UTF_8));
  }

  public UUID documentId() {
    return documentId(code);
  }

  public UUID itemId(String humanCode) {
    return UUID.nameUUIDFromBytes((code + "/" + humanCode).getBytes(StandardCharsets.UTF_8));
  }

  public CasePackageBuilder item(String humanCode, String type, String fullStatement) {
    UUID id = itemId(humanCode);
    Map<String, JsonValue> item = new LinkedHashMap<>();
    item.put("identifier", Json.createValue(id.toString()));
    item.put("uri", Json.createValue("urn:uuid:" + id));
    item.put("fullStatement", Json.createValue(fullStatement));
    item.put("humanCodingScheme", Json.createValue(humanCode));
    item.put("CFItemType", Json.createValue(type));
    item.put("language", Json.createValue("nl"));
    item.put("lastChangeDateTime", Json.createValue(WHEN));
    items.add(item);
    return this;
  }

  /** childCode isChildOf parentCode, both items of this package. */
  public CasePackageBuilder childOf(String childCode, String parentCode, int sequenceNumber) {
    return association("isChildOf", itemId(childCode), childCode, itemId(parentCode), parentCode, sequenceNumber);
  }

  public CasePackageBuilder association(
      String type, UUID origin, String originTitle, UUID destination, String destinationTitle) {
    return association(type, origin, originTitle, destination, destinationTitle, null);
  }

  private CasePackageBuilder association(
      String type, UUID origin, String originTitle, UUID destination, String destinationTitle, Integer sequence) {
    UUID id =
        UUID.nameUUIDFromBytes(
            (code + "/assoc/" + origin + "/" + type + "/" + destination).getBytes(StandardCharsets.UTF_8));
    Map<String, JsonValue> a = new LinkedHashMap<>();
    a.put("identifier", Json.createValue(id.toString()));
    a.put("uri", Json.createValue("urn:uuid:" + id));
    a.put("associationType", Json.createValue(type));
    a.put("originNodeURI", node(originTitle, origin));
    a.put("destinationNodeURI", node(destinationTitle, destination));
    if (sequence != null) {
      a.put("sequenceNumber", Json.createValue(sequence));
    }
    a.put("lastChangeDateTime", Json.createValue(WHEN));
    associations.add(a);
    return this;
  }

  private static JsonObject node(String title, UUID id) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("identifier", id.toString())
        .add("uri", "urn:uuid:" + id)
        .build();
  }

  /** Sets a field: {@code "CFDocument"}, {@code "CFItems[2]"} or {@code "CFAssociations[0]"}. */
  public CasePackageBuilder set(String element, String field, JsonValue value) {
    target(element).put(field, value);
    return this;
  }

  public CasePackageBuilder set(String element, String field, String value) {
    return set(element, field, Json.createValue(value));
  }

  public CasePackageBuilder remove(String element, String field) {
    target(element).remove(field);
    return this;
  }

  private Map<String, JsonValue> target(String element) {
    if (element.equals("CFDocument")) {
      return document;
    }
    int index = Integer.parseInt(element.substring(element.indexOf('[') + 1, element.indexOf(']')));
    return element.startsWith("CFItems") ? items.get(index) : associations.get(index);
  }

  public JsonObject toJson() {
    JsonObjectBuilder root = Json.createObjectBuilder();
    root.add("CFDocument", object(document));
    JsonArrayBuilder itemArray = Json.createArrayBuilder();
    items.forEach(i -> itemArray.add(object(i)));
    root.add("CFItems", itemArray);
    JsonArrayBuilder associationArray = Json.createArrayBuilder();
    associations.forEach(a -> associationArray.add(object(a)));
    root.add("CFAssociations", associationArray);
    return root.build();
  }

  public byte[] bytes() {
    return toJson().toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject object(Map<String, JsonValue> fields) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    fields.forEach(b::add);
    return b.build();
  }
}
