package nl.vakwijzer.catalogue.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A canonical text form of the parts of a CASE package the model keeps, used to decide whether
 * two packages have the same content.
 *
 * <p>Key order and whitespace of the JSON, and the offset of date-times, do not matter; the order
 * of items and associations does (it is document order). Two packages with equal canonical forms
 * store the same rows.
 */
public final class CaseCanonicalForm {
  private static final char FIELD = '\u001F';
  private static final String NULL = "\u2400";

  private CaseCanonicalForm() {}

  /** SHA-256 (hex) of the whole package's canonical form. */
  public static String hash(CasePackage casePackage) {
    MessageDigest digest = sha256();
    update(digest, "D" + document(casePackage.document()));
    casePackage.items().forEach(item -> update(digest, "I" + item(item)));
    casePackage.associations().forEach(a -> update(digest, "A" + association(a)));
    return HexFormat.of().formatHex(digest.digest());
  }

  public static String document(CaseDocument d) {
    if (d == null) {
      return NULL;
    }
    return join(
        d.identifier(), d.uri(), d.creator(), d.title(), instant(d.lastChange()), d.publisher(),
        d.description(), d.language(), d.version(), d.adoptionStatus(), d.notes(),
        d.officialSourceUrl(), json(d.extensions()));
  }

  public static String item(CaseItem i) {
    return join(
        i.index(), i.identifier(), i.uri(), i.fullStatement(), i.humanCode(),
        i.type() == null ? i.typeCode() : i.type().name(), i.abbreviatedStatement(), i.notes(),
        i.language(), instant(i.lastChange()), json(i.extensions()));
  }

  public static String association(CaseAssociation a) {
    return join(
        a.index(), a.identifier(), a.uri(), a.typeName(), node(a.origin()), node(a.destination()),
        a.sequenceNumber(), a.notes(), instant(a.lastChange()));
  }

  private static String node(CaseNodeRef node) {
    // the title is a courtesy copy of the target's human code; the identifier is what links
    return node == null ? NULL : join(node.identifier(), node.uri());
  }

  private static String instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant().toString();
  }

  /** JSON with object keys sorted, so that equal values give equal text. */
  static String json(JsonValue value) {
    if (value == null) {
      return NULL;
    }
    StringBuilder out = new StringBuilder();
    appendJson(out, value);
    return out.toString();
  }

  private static void appendJson(StringBuilder out, JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = (JsonObject) value;
        out.append('{');
        boolean first = true;
        for (String key : new TreeSet<>(object.keySet())) {
          if (!first) {
            out.append(',');
          }
          first = false;
          appendString(out, key);
          out.append(':');
          appendJson(out, object.get(key));
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          appendJson(out, array.get(i));
        }
        out.append(']');
      }
      case STRING -> appendString(out, ((JsonString) value).getString());
      default -> out.append(value);
    }
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static String join(Object... fields) {
    StringBuilder out = new StringBuilder();
    for (Object field : fields) {
      out.append(Objects.toString(field, NULL)).append(FIELD);
    }
    return out.toString();
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
