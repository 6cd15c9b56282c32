package nl.vakwijzer.catalogue.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.Objective;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.QualityAssurance;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.Trainer;
import nl.vakwijzer.catalogue.api.WorkplaceTransfer;

/**
 * The stored JSON form of a {@link ModuleDossier} (column {@code module_version.dossier}), written
 * and read field by field with JSON-P so that the stored shape is explicit and a renamed record
 * component cannot silently change it.
 *
 * <p>Amounts are JSON numbers written from their {@link BigDecimal} (scale kept: {@code 895.00}
 * reads back as {@code 895.00}); dates are ISO strings; enums their names; an absent delivery mode
 * or price is JSON {@code null}. Texts are stored as given, markup included (it is escaped when
 * shown). Missing members read as the record's defaults, so older rows stay readable when fields
 * are added.
 */
public final class DossierJson {
  /**
   * One JSON-P provider for every call: {@code Json.createReader} and friends look the provider up
   * through the {@link java.util.ServiceLoader} on each call, which scans the class path (and
   * dominated reading thousands of dossiers in the gap search).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private DossierJson() {}

  // ------------------------------------------------------------------ writing

  public static String write(ModuleDossier d) {
    return toJson(d).toString();
  }

  static JsonObject toJson(ModuleDossier d) {
    var o = JSON.createObjectBuilder()
        .add("title", d.title())
        .add("summary", d.summary())
        .add("targetGroup", d.targetGroup())
        .add("entryRequirements", d.entryRequirements())
        .add("educationalVision", d.educationalVision())
        .add("objectives", array(d.objectives(), ob -> JSON.createObjectBuilder()
            .add("id", ob.id()).add("text", ob.text()).build()))
        .add("coreContents", strings(d.coreContents()))
        .add("teachingMethods", array(d.teachingMethods(), DossierJson::teachingMethod))
        .add("assessmentMethods", array(d.assessmentMethods(), a -> JSON.createObjectBuilder()
            .add("id", a.id()).add("description", a.description())
            .add("objectiveIds", strings(a.objectiveIds())).build()))
        .add("size", JSON.createObjectBuilder()
            .add("contactHours", d.size().contactHours())
            .add("selfStudyHours", d.size().selfStudyHours())
            .add("meetings", d.size().meetings())
            .add("spanWeeks", d.size().spanWeeks()))
        .add("workplaceTransfer", JSON.createObjectBuilder()
            .add("assignments", strings(d.workplaceTransfer().assignments()))
            .add("followUpAfterWeeks", d.workplaceTransfer().followUpAfterWeeks()))
        .add("trainers", array(d.trainers(), t -> JSON.createObjectBuilder()
            .add("name", t.name())
            .add("qualifications", strings(t.qualifications()))
            .add("experience", t.experience())
            .add("registrations", strings(t.registrations())).build()))
        .add("qualityAssurance", JSON.createObjectBuilder()
            .add("evaluation", d.qualityAssurance().evaluation())
            .add("improvementCycle", d.qualityAssurance().improvementCycle())
            .add("complaintsProcedure", d.qualityAssurance().complaintsProcedure()));
    nullable(o, "deliveryMode", d.deliveryMode() == null ? null : d.deliveryMode().name());
    o.add("language", d.language());
    var prices = JSON.createObjectBuilder();
    nullable(prices, "perParticipant", d.prices().perParticipant());
    nullable(prices, "inCompany", d.prices().inCompany());
    o.add("prices", prices)
        .add("maxGroupSize", d.maxGroupSize())
        .add("offerings", array(d.offerings(), DossierJson::offering))
        .add("claims", array(d.claims(), DossierJson::claim));
    return o.build();
  }

  private static JsonObject teachingMethod(TeachingMethod m) {
    return JSON.createObjectBuilder().add("kind", m.kind().name()).add("label", m.label()).build();
  }

  private static JsonObject offering(Offering of) {
    var dates = JSON.createArrayBuilder();
    of.dates().forEach(date -> dates.add(date.toString()));
    var location = JSON.createObjectBuilder()
        .add("online", of.location().online())
        .add("postcode", of.location().postcode())
        .add("municipality", of.location().municipality());
    return JSON.createObjectBuilder()
        .add("id", of.id())
        .add("dates", dates)
        .add("location", location)
        .add("seats", of.seats())
        .add("status", of.status().name())
        .build();
  }

  private static JsonObject claim(Claim c) {
    return JSON.createObjectBuilder()
        .add("competency", c.competency().toString())
        .add("from", level(c.from()))
        .add("to", level(c.to()))
        .add("behaviourExamples", array(c.behaviourExamples(), id -> JSON.createValue(id.toString())))
        .add("evidence", JSON.createObjectBuilder()
            .add("objectiveIds", strings(c.evidence().objectiveIds()))
            .add("teachingMethods", array(c.evidence().teachingMethods(), DossierJson::teachingMethod))
            .add("assessmentMethodIds", strings(c.evidence().assessmentMethodIds())))
        .add("hardToLearn", c.hardToLearn())
        .build();
  }

  private static JsonObject level(ClaimLevel level) {
    var o = JSON.createObjectBuilder();
    nullable(o, "item", level.item() == null ? null : level.item().toString());
    return o.add("ordinal", level.ordinal()).build();
  }

  /** Explanations of check warnings (finding id → text). */
  public static String writeTexts(Map<String, String> texts) {
    var o = JSON.createObjectBuilder();
    texts.forEach(o::add);
    return o.build().toString();
  }

  /** The check report as stored at submission: rule, subject, id, severity and arguments. */
  public static String writeReport(CheckReport report) {
    return array(report.findings(), DossierJson::finding).toString();
  }

  private static JsonObject finding(Finding f) {
    var arguments = JSON.createArrayBuilder();
    for (Object argument : f.arguments()) {
      if (argument instanceof BigDecimal number) {
        arguments.add(number);
      } else if (argument instanceof Integer || argument instanceof Long) {
        arguments.add(((Number) argument).longValue());
      } else {
        arguments.add(String.valueOf(argument));
      }
    }
    return JSON.createObjectBuilder()
        .add("id", f.id())
        .add("rule", f.rule().name())
        .add("severity", f.severity().name())
        .add("subject", f.subject())
        .add("arguments", arguments)
        .build();
  }

  private static <T> JsonArray array(List<T> list, Function<T, JsonValue> element) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    list.forEach(value -> a.add(element.apply(value)));
    return a.build();
  }

  private static JsonArray strings(List<String> list) {
    return array(list, JSON::createValue);
  }

  private static void nullable(JsonObjectBuilder o, String name, Object value) {
    if (value == null) {
      o.addNull(name);
    } else if (value instanceof BigDecimal number) {
      o.add(name, number);
    } else {
      o.add(name, value.toString());
    }
  }

  // ------------------------------------------------------------------ reading

  public static ModuleDossier read(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return fromJson(reader.readObject());
    }
  }

  static ModuleDossier fromJson(JsonObject o) {
    JsonObject size = object(o, "size");
    JsonObject transfer = object(o, "workplaceTransfer");
    JsonObject quality = object(o, "qualityAssurance");
    JsonObject prices = object(o, "prices");
    String deliveryMode = text(o, "deliveryMode");
    return new ModuleDossier(
        text(o, "title"),
        text(o, "summary"),
        text(o, "targetGroup"),
        text(o, "entryRequirements"),
        text(o, "educationalVision"),
        list(o, "objectives", v -> new Objective(text(v, "id"), text(v, "text"))),
        strings(o, "coreContents"),
        list(o, "teachingMethods", DossierJson::teachingMethod),
        list(o, "assessmentMethods",
            v -> new AssessmentMethod(text(v, "id"), text(v, "description"), strings(v, "objectiveIds"))),
        new ModuleSize(decimal(size, "contactHours"), decimal(size, "selfStudyHours"),
            integer(size, "meetings"), integer(size, "spanWeeks")),
        new WorkplaceTransfer(strings(transfer, "assignments"), integer(transfer, "followUpAfterWeeks")),
        list(o, "trainers", v -> new Trainer(text(v, "name"), strings(v, "qualifications"),
            text(v, "experience"), strings(v, "registrations"))),
        new QualityAssurance(text(quality, "evaluation"), text(quality, "improvementCycle"),
            text(quality, "complaintsProcedure")),
        deliveryMode == null ? null : DeliveryMode.valueOf(deliveryMode),
        text(o, "language"),
        new Prices(decimal(prices, "perParticipant"), decimal(prices, "inCompany")),
        integer(o, "maxGroupSize"),
        list(o, "offerings", DossierJson::offering),
        list(o, "claims", DossierJson::claim));
  }

  // ------------------------------------------------------------------ parts (gap search)

  /**
   * Parts of a stored dossier as the gap search reads them (each the JSON of one member, as
   * PostgreSQL's {@code dossier -> 'member'} returns it, or {@code null} when absent), read with the
   * same rules as {@link #read}, so that the search need not parse whole dossiers.
   */
  public static Prices prices(String pricesJson) {
    JsonObject prices = pricesJson == null ? null : parseObject(pricesJson);
    return new Prices(decimal(prices, "perParticipant"), decimal(prices, "inCompany"));
  }

  /** See {@link #prices}. */
  public static ModuleSize size(String sizeJson) {
    JsonObject size = sizeJson == null ? null : parseObject(sizeJson);
    return new ModuleSize(decimal(size, "contactHours"), decimal(size, "selfStudyHours"),
        integer(size, "meetings"), integer(size, "spanWeeks"));
  }

  /** See {@link #prices}. */
  public static List<Offering> offerings(String offeringsJson) {
    return offeringsJson == null ? new ArrayList<>()
        : list(wrap("offerings", offeringsJson), "offerings", DossierJson::offering);
  }

  /** See {@link #prices}. */
  public static List<TeachingMethod> teachingMethods(String teachingMethodsJson) {
    return teachingMethodsJson == null ? new ArrayList<>()
        : list(wrap("teachingMethods", teachingMethodsJson), "teachingMethods", DossierJson::teachingMethod);
  }

  private static JsonObject parseObject(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject o ? o : null;
    }
  }

  private static JsonObject wrap(String name, String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return JSON.createObjectBuilder().add(name, reader.readValue()).build();
    }
  }

  private static TeachingMethod teachingMethod(JsonObject v) {
    return new TeachingMethod(TeachingMethodKind.valueOf(text(v, "kind")), text(v, "label"));
  }

  private static Offering offering(JsonObject v) {
    JsonObject location = object(v, "location");
    List<LocalDate> dates = new ArrayList<>();
    for (String date : strings(v, "dates")) {
      dates.add(LocalDate.parse(date));
    }
    return new Offering(
        text(v, "id"),
        dates,
        new OfferingLocation(location != null && location.getBoolean("online", false),
            text(location, "postcode"), text(location, "municipality")),
        integer(v, "seats"),
        OfferingStatus.valueOf(text(v, "status")));
  }

  private static Claim claim(JsonObject v) {
    JsonObject evidence = object(v, "evidence");
    return new Claim(
        ItemId.of(text(v, "competency")),
        level(object(v, "from")),
        level(object(v, "to")),
        strings(v, "behaviourExamples").stream().map(ItemId::of).toList(),
        new ClaimEvidence(strings(evidence, "objectiveIds"),
            list(evidence, "teachingMethods", DossierJson::teachingMethod),
            strings(evidence, "assessmentMethodIds")),
        v.getBoolean("hardToLearn", false));
  }

  private static ClaimLevel level(JsonObject v) {
    String item = text(v, "item");
    return new ClaimLevel(item == null ? null : ItemId.of(item), integer(v, "ordinal"));
  }

  public static Map<String, String> readTexts(String json) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (json == null) {
      return texts;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      reader.readObject().forEach((key, value) -> {
        if (value instanceof JsonString s) {
          texts.put(key, s.getString());
        }
      });
    }
    return texts;
  }

  private static JsonObject object(JsonObject o, String name) {
    if (o == null) {
      return null;
    }
    JsonValue value = o.get(name);
    return value instanceof JsonObject object ? object : null;
  }

  private static String text(JsonObject o, String name) {
    if (o == null) {
      return null;
    }
    JsonValue value = o.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static int integer(JsonObject o, String name) {
    if (o == null) {
      return 0;
    }
    JsonValue value = o.get(name);
    return value instanceof JsonNumber n ? n.intValueExact() : 0;
  }

  private static BigDecimal decimal(JsonObject o, String name) {
    if (o == null) {
      return null;
    }
    JsonValue value = o.get(name);
    return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }

  private static List<String> strings(JsonObject o, String name) {
    return list(o, name, (JsonValue v) -> ((JsonString) v).getString(), JsonValue.class);
  }

  private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> element) {
    return list(o, name, element, JsonObject.class);
  }

  private static <V, T> List<T> list(JsonObject o, String name, Function<V, T> element, Class<V> type) {
    List<T> list = new ArrayList<>();
    if (o == null || !(o.get(name) instanceof JsonArray array)) {
      return list;
    }
    for (JsonValue value : array) {
      list.add(element.apply(type.cast(value)));
    }
    return list;
  }
}
