package nl.vakwijzer.web.gap.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.LocationFilter;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;

/**
 * Reads the body of {@code POST /api/v1/gap-search} and {@code /api/v1/learning-path} with JSON-P,
 * so that every unreadable part is named by its JSON path in a Dutch 400 problem instead of a
 * generic binding error. Domain rules (labels, duplicates, empty team, levels off the scale, budget)
 * are left to the domain records and the service, which refuse with their own message keys.
 *
 * <pre>{
 *   "targetProfile": [{"competency": "uuid", "requiredLevel": 1, "weight": 1.0, "behaviourExamples": ["uuid"]}],
 *   "team": [{"label": "KM-01", "levels": {"uuid": 0}}],
 *   "filters": {"municipalities": ["Zwolle"], "online": true, "deliveryModes": ["ONLINE"],
 *               "maxPricePerParticipant": 900, "from": "2027-01-01", "to": "2027-06-30",
 *               "maxStudyHours": 40, "maxSpanWeeks": 12, "languages": ["nl"], "inCompanyOnly": false},
 *   "budget": 5000
 * }</pre>
 */
final class GapRequestReader {
  /** Largest team and profile taken through REST (as the upload's row limit). */
  static final int MAX_PEOPLE = 1000;
  static final int MAX_COMPETENCIES = 200;

  private GapRequestReader() {}

  /** The parsed body. */
  record Body(TargetProfile profile, TeamState team, GapSearchFilter filter, BigDecimal budget) {}

  static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw invalid("body", "gap.api.bodyMissing");
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw invalid("body", "gap.api.bodyUnreadable");
    }
  }

  static Body read(String text, boolean withBudget) {
    JsonObject body = object(text);
    TargetProfile profile = new TargetProfile(profile(array(body, "targetProfile", "$.targetProfile", true)));
    TeamState team = new TeamState(team(array(body, "team", "$.team", true)));
    GapSearchFilter filter = filter(body.get("filters"));
    BigDecimal budget = null;
    if (withBudget && body.containsKey("budget") && body.get("budget").getValueType() != JsonValue.ValueType.NULL) {
      budget = number(body.get("budget"), "$.budget");
    }
    return new Body(profile, team, filter, budget);
  }

  private static InvalidParametersException invalid(String path, String key, Object... arguments) {
    return new InvalidParametersException(List.of(Invalid.of(path, key, arguments)));
  }

  private static JsonArray array(JsonObject o, String name, String path, boolean required) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw invalid(path, "gap.api.missing", path);
      }
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(path, "gap.api.notAList", path);
    }
    return v.asJsonArray();
  }

  private static JsonObject element(JsonValue v, String path) {
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid(path, "gap.api.notAnObject", path);
    }
    return v.asJsonObject();
  }

  private static ItemId id(JsonValue v, String path) {
    if (v instanceof JsonString s) {
      try {
        return new ItemId(UUID.fromString(s.getString().strip()));
      } catch (IllegalArgumentException e) {
        // below
      }
    }
    throw invalid(path, "gap.api.notAnId", path);
  }

  private static int integer(JsonValue v, String path) {
    if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
      return n.intValue();
    }
    throw invalid(path, "gap.api.notAnInteger", path);
  }

  private static BigDecimal number(JsonValue v, String path) {
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    throw invalid(path, "gap.api.notANumber", path);
  }

  private static String string(JsonValue v, String path) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw invalid(path, "gap.api.notAText", path);
  }

  private static List<TargetCompetency> profile(JsonArray items) {
    if (items.size() > MAX_COMPETENCIES) {
      throw invalid("$.targetProfile", "gap.api.tooMany", "$.targetProfile", MAX_COMPETENCIES);
    }
    List<TargetCompetency> list = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "$.targetProfile[" + i + "]";
      JsonObject o = element(items.get(i), path);
      JsonValue competency = o.get("competency");
      if (competency == null) {
        throw invalid(path + ".competency", "gap.api.missing", path + ".competency");
      }
      JsonValue level = o.get("requiredLevel");
      if (level == null) {
        throw invalid(path + ".requiredLevel", "gap.api.missing", path + ".requiredLevel");
      }
      double weight = 1.0;
      if (o.containsKey("weight") && o.get("weight").getValueType() != JsonValue.ValueType.NULL) {
        weight = number(o.get("weight"), path + ".weight").doubleValue();
      }
      List<ItemId> examples = new ArrayList<>();
      JsonArray ex = array(o, "behaviourExamples", path + ".behaviourExamples", false);
      for (int j = 0; j < ex.size(); j++) {
        examples.add(id(ex.get(j), path + ".behaviourExamples[" + j + "]"));
      }
      list.add(new TargetCompetency(id(competency, path + ".competency"), integer(level, path + ".requiredLevel"),
          weight, examples));
    }
    return list;
  }

  private static List<TeamMember> team(JsonArray people) {
    if (people.size() > MAX_PEOPLE) {
      throw invalid("$.team", "gap.api.tooMany", "$.team", MAX_PEOPLE);
    }
    List<TeamMember> members = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      String path = "$.team[" + i + "]";
      JsonObject o = element(people.get(i), path);
      JsonValue label = o.get("label");
      if (label == null) {
        throw invalid(path + ".label", "gap.api.missing", path + ".label");
      }
      Map<ItemId, Integer> levels = new LinkedHashMap<>();
      JsonValue l = o.get("levels");
      if (l != null && l.getValueType() != JsonValue.ValueType.NULL) {
        JsonObject map = element(l, path + ".levels");
        for (var entry : map.entrySet()) {
          String p = path + ".levels." + entry.getKey();
          levels.put(id(Json.createValue(entry.getKey()), p), integer(entry.getValue(), p));
        }
      }
      members.add(new TeamMember(PersonLabel.of(string(label, path + ".label")), levels));
    }
    return members;
  }

  private static GapSearchFilter filter(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return GapSearchFilter.NONE;
    }
    JsonObject f = element(value, "$.filters");
    GapSearchFilter filter = GapSearchFilter.NONE;
    Set<String> municipalities = strings(array(f, "municipalities", "$.filters.municipalities", false),
        "$.filters.municipalities");
    boolean online = bool(f, "online", "$.filters.online");
    if (!municipalities.isEmpty() || online) {
      filter = filter.withLocation(new LocationFilter(municipalities, online));
    }
    Set<DeliveryMode> modes = new LinkedHashSet<>();
    for (String m : strings(array(f, "deliveryModes", "$.filters.deliveryModes", false), "$.filters.deliveryModes")) {
      try {
        modes.add(DeliveryMode.valueOf(m.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw invalid("$.filters.deliveryModes", "gap.api.deliveryModeUnknown", m);
      }
    }
    filter = filter.withDeliveryModes(modes);
    if (f.containsKey("maxPricePerParticipant") && f.get("maxPricePerParticipant").getValueType() != JsonValue.ValueType.NULL) {
      BigDecimal max = number(f.get("maxPricePerParticipant"), "$.filters.maxPricePerParticipant");
      if (max.signum() < 0) {
        throw invalid("$.filters.maxPricePerParticipant", "gap.api.negative", "$.filters.maxPricePerParticipant");
      }
      filter = filter.withMaxPricePerParticipant(max);
    }
    LocalDate from = date(f, "from");
    LocalDate to = date(f, "to");
    filter = filter.withPeriod(from, to);
    BigDecimal hours = null;
    Integer weeks = null;
    if (f.containsKey("maxStudyHours") && f.get("maxStudyHours").getValueType() != JsonValue.ValueType.NULL) {
      hours = number(f.get("maxStudyHours"), "$.filters.maxStudyHours");
    }
    if (f.containsKey("maxSpanWeeks") && f.get("maxSpanWeeks").getValueType() != JsonValue.ValueType.NULL) {
      weeks = integer(f.get("maxSpanWeeks"), "$.filters.maxSpanWeeks");
    }
    filter = filter.withMaxDuration(hours, weeks);
    filter = filter.withLanguages(strings(array(f, "languages", "$.filters.languages", false), "$.filters.languages"));
    return filter.withInCompanyOnly(bool(f, "inCompanyOnly", "$.filters.inCompanyOnly"));
  }

  private static Set<String> strings(JsonArray array, String path) {
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < array.size(); i++) {
      values.add(string(array.get(i), path + "[" + i + "]"));
    }
    return values;
  }

  private static boolean bool(JsonObject o, String name, String path) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL || v.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    if (v.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    throw invalid(path, "gap.api.notABoolean", path);
  }

  private static LocalDate date(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    String path = "$.filters." + name;
    try {
      return LocalDate.parse(string(v, path).strip());
    } catch (DateTimeParseException e) {
      throw invalid(path, "gap.api.notADate", path);
    }
  }
}
