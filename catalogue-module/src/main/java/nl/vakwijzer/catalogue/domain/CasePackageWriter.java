package nl.vakwijzer.catalogue.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * Writes stored framework data as 1EdTech CASE 1.1 JSON: a whole CFPackage, or one CFDocument,
 * CFItem or CFAssociation in the shape the CASE REST read endpoints return.
 *
 * <p>The output is what was imported, in document order, with the stored identifiers and URIs:
 * reading it back with {@link CasePackageReader} gives the same {@link CaseCanonicalForm}, so an
 * export re-imported is recognised as unchanged. It adds what CASE 1.1 offers and the import does
 * not keep: {@code caseVersion} "1.1", a {@code CFItemTypeURI} on every item and
 * {@code CFDefinitions.CFItemTypes} for the types used, whose identifiers follow the reference
 * packages' convention ({@code uuid5(NS, "ITEMTYPE/" + code)}, see {@code frameworks/README.md}).
 *
 * <p>Date-times are RFC 3339 in UTC with an explicit offset ({@code 2026-11-26T00:00:00+00:00}),
 * fractions of a second only when there are any.
 */
public final class CasePackageWriter {
  /** Namespace of the deterministic (version 5) identifiers of the reference packages. */
  public static final UUID NAMESPACE = UUID.fromString("3d6f2a5e-8c1b-4f7a-9e2d-5b8c7a1f0e34");

  /** The CASE version written into every document. */
  public static final String CASE_VERSION = "1.1";

  private static final DateTimeFormatter RFC_3339 =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .appendOffset("+HH:MM", "+00:00")
          .toFormatter();

  private final JsonBuilderFactory json = Json.createBuilderFactory(Map.of());

  /**
   * The whole package: CFDocument, CFItems and CFAssociations in document order, and
   * CFDefinitions with the item types the items use.
   *
   * @param labels labels of the item types, for the CFItemType definitions
   */
  public JsonObject casePackage(CasePackage p, Map<ItemType, ItemTypeLabel> labels) {
    JsonArrayBuilder items = json.createArrayBuilder();
    Set<ItemType> used = EnumSet.noneOf(ItemType.class);
    for (CaseItem item : p.items()) {
      items.add(item(item, labels, null));
      used.add(item.type());
    }
    JsonArrayBuilder associations = json.createArrayBuilder();
    p.associations().forEach(a -> associations.add(association(a, null)));
    JsonArrayBuilder itemTypes = json.createArrayBuilder();
    for (ItemType type : used) {
      itemTypes.add(itemType(type, labels, p.document().lastChange()));
    }
    return json.createObjectBuilder()
        .add("CFDocument", documentBuilder(p.document()))
        .add("CFItems", items)
        .add("CFAssociations", associations)
        .add("CFDefinitions", json.createObjectBuilder().add("CFItemTypes", itemTypes))
        .build();
  }

  /**
   * A CFDocument in package form. The CASE REST list of documents adds a {@code CFPackageURI},
   * which only the web layer can give (it knows the URL).
   */
  public JsonObject document(CaseDocument d) {
    return documentBuilder(d).build();
  }

  /**
   * A CFItem. With a {@code document} it is the stand-alone CFItem of the CASE REST binding
   * (which requires {@code CFDocumentURI}); without it, the CFItem of a package.
   */
  public JsonObject item(CaseItem item, Map<ItemType, ItemTypeLabel> labels, CaseNodeRef document) {
    JsonObjectBuilder b = json.createObjectBuilder();
    if (document != null) {
      b.add("CFDocumentURI", link(document));
    }
    b.add("identifier", item.identifier().toString());
    b.add("uri", item.uri());
    b.add("fullStatement", item.fullStatement());
    b.add("humanCodingScheme", item.humanCode());
    b.add("CFItemType", item.type().name());
    UUID typeId = itemTypeId(item.type());
    b.add("CFItemTypeURI", link(new CaseNodeRef(label(item.type(), labels).labelNl(), typeId, urn(typeId))));
    optional(b, "abbreviatedStatement", item.abbreviatedStatement());
    optional(b, "notes", item.notes());
    optional(b, "language", item.language());
    b.add("lastChangeDateTime", dateTime(item.lastChange()));
    if (item.extensions() != null) {
      b.add("extensions", item.extensions());
    }
    return b.build();
  }

  /**
   * A CFAssociation; with a {@code document} (the framework that declares it) as the CASE REST
   * binding returns it, without as in a package. Origin and destination are links whose title is
   * the human code of the item at that end.
   */
  public JsonObject association(CaseAssociation a, CaseNodeRef document) {
    JsonObjectBuilder b = json.createObjectBuilder();
    if (document != null) {
      b.add("CFDocumentURI", link(document));
    }
    b.add("identifier", a.identifier().toString());
    b.add("uri", a.uri());
    b.add("associationType", a.typeName());
    if (a.sequenceNumber() != null) {
      b.add("sequenceNumber", a.sequenceNumber());
    }
    b.add("originNodeURI", link(a.origin()));
    b.add("destinationNodeURI", link(a.destination()));
    optional(b, "notes", a.notes());
    b.add("lastChangeDateTime", dateTime(a.lastChange()));
    return b.build();
  }

  /** The identifier of the CFItemType definition of a type: {@code uuid5(NS, "ITEMTYPE/" + code)}. */
  public static UUID itemTypeId(ItemType type) {
    return uuid5(NAMESPACE, "ITEMTYPE/" + type.name());
  }

  /** RFC 3339 in UTC with an explicit {@code +00:00} offset. */
  public static String dateTime(OffsetDateTime at) {
    return at.withOffsetSameInstant(ZoneOffset.UTC).format(RFC_3339);
  }

  /** A name-based (SHA-1, version 5) UUID as RFC 4122 §4.3 defines it. */
  static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(namespace.getMostSignificantBits())
            .putLong(namespace.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }

  private JsonObjectBuilder documentBuilder(CaseDocument d) {
    JsonObjectBuilder b = json.createObjectBuilder();
    b.add("identifier", d.identifier().toString());
    b.add("uri", d.uri());
    b.add("caseVersion", CASE_VERSION);
    b.add("creator", d.creator());
    b.add("title", d.title());
    b.add("lastChangeDateTime", dateTime(d.lastChange()));
    optional(b, "officialSourceURL", d.officialSourceUrl());
    optional(b, "publisher", d.publisher());
    optional(b, "description", d.description());
    optional(b, "language", d.language());
    optional(b, "version", d.version());
    optional(b, "adoptionStatus", d.adoptionStatus());
    optional(b, "notes", d.notes());
    if (d.extensions() != null) {
      b.add("extensions", d.extensions());
    }
    return b;
  }

  private JsonObject itemType(ItemType type, Map<ItemType, ItemTypeLabel> labels, OffsetDateTime lastChange) {
    ItemTypeLabel label = label(type, labels);
    UUID id = itemTypeId(type);
    return json.createObjectBuilder()
        .add("identifier", id.toString())
        .add("uri", urn(id))
        .add("title", label.labelNl())
        .add("description", label.labelNl() + " (en: " + label.labelEn() + "); Vakwijzer-itemtype " + type.name())
        .add("hierarchyCode", type.name())
        .add("typeCode", type.name())
        .add("lastChangeDateTime", dateTime(lastChange))
        .build();
  }

  private static ItemTypeLabel label(ItemType type, Map<ItemType, ItemTypeLabel> labels) {
    ItemTypeLabel label = labels.get(type);
    return label != null ? label : new ItemTypeLabel(type, type.name(), type.name());
  }

  private JsonObject link(CaseNodeRef ref) {
    return json.createObjectBuilder()
        .add("title", ref.title() == null ? "" : ref.title())
        .add("identifier", ref.identifier().toString())
        .add("uri", ref.uri())
        .build();
  }

  private static String urn(UUID id) {
    return "urn:uuid:" + id;
  }

  private static void optional(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }
}
