package nl.vakwijzer.catalogue.domain;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides an attachment's type from its bytes, never from its file name: PDF ({@code %PDF-}) or
 * DOCX (a ZIP whose central directory names {@code word/document.xml} and {@code
 * [Content_Types].xml}).
 *
 * <p>Only the ZIP's central directory is read, never an entry's data, so a ZIP bomb costs nothing:
 * nothing is inflated.
 */
public final class AttachmentTypes {
  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int MAX_ENTRIES = 10_000;

  private AttachmentTypes() {}

  /** The media type found in the content, empty when it is neither PDF nor DOCX. */
  public static Optional<String> detect(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (content.length >= 4 && int32(content, 0) == LOCAL_HEADER) {
      Set<String> names = entryNames(content);
      if (names.contains("word/document.xml") && names.contains("[Content_Types].xml")) {
        return Optional.of(DOCX);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The entry names of the ZIP's central directory; empty when it cannot be found or is damaged. */
  static Set<String> entryNames(byte[] zip) {
    Set<String> names = new HashSet<>();
    // the end record is at least 22 bytes and followed by a comment of at most 65535 bytes
    int end = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
      if (int32(zip, i) == END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return names;
    }
    int entries = int16(zip, end + 10);
    long offset = int32(zip, end + 16) & 0xffffffffL;
    int position = (int) Math.min(offset, Integer.MAX_VALUE);
    for (int n = 0; n < Math.min(entries, MAX_ENTRIES); n++) {
      if (position < 0 || position + 46 > zip.length || int32(zip, position) != CENTRAL_HEADER) {
        return names;
      }
      int nameLength = int16(zip, position + 28);
      int extraLength = int16(zip, position + 30);
      int commentLength = int16(zip, position + 32);
      if (position + 46 + nameLength > zip.length) {
        return names;
      }
      names.add(new String(zip, position + 46, nameLength, StandardCharsets.UTF_8));
      position += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }

  private static int int16(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static int int32(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
  }
}
