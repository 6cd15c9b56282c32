package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentContent;
import nl.vakwijzer.catalogue.api.AttachmentId;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.InvalidAttachmentException;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.catalogue.domain.AttachmentTypes;
import org.junit.jupiter.api.Test;

/** Attachments: PDF or DOCX by content, at most 10 MB, only on concepts; a refused upload stores nothing. */
class ModuleAttachmentTest {
  private static final int TEN_MB = 10 * 1024 * 1024;
  private final ModuleTestSupport t = new ModuleTestSupport();
  private final Actor provider = t.provider();
  private final ModuleVersion concept = t.modules.create(provider, t.dossier());

  static byte[] pdf() {
    return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] zip(String... entries) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] docx() {
    return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
  }

  private long storedAttachments() {
    return t.count("select count(*) from catalogue.module_attachment where version_id = ?", concept.id().value());
  }

  @Test
  void storesAPdfWithItsTypeSizeAndHash() throws Exception {
    byte[] content = pdf();

    AttachmentSummary summary =
        t.modules.addAttachment(provider, concept.id(), AttachmentKind.SYLLABUS, "C:\\Users\\anna\\syllabus.pdf", content);

    assertThat(summary.mediaType()).isEqualTo(AttachmentTypes.PDF);
    assertThat(summary.fileName()).isEqualTo("syllabus.pdf");
    assertThat(summary.size()).isEqualTo(content.length);
    assertThat(summary.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    assertThat(t.modules.version(provider, concept.id()).attachments()).containsExactly(summary);
    AttachmentContent download = t.modules.attachment(provider, summary.id());
    assertThat(download.summary()).isEqualTo(summary);
    assertThat(download.content()).isEqualTo(content);
  }

  @Test
  void storesADocxWhateverItsName() {
    AttachmentSummary summary =
        t.modules.addAttachment(provider, concept.id(), AttachmentKind.TRAINER_CV, "cv-anna.bin", docx());

    assertThat(summary.mediaType()).isEqualTo(AttachmentTypes.DOCX);
    assertThat(summary.kind()).isEqualTo(AttachmentKind.TRAINER_CV);
  }

  @Test
  void refusesContentThatIsNeitherPdfNorDocxAndStoresNothing() {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    for (byte[] content : new byte[][] {
        exe, zip("readme.txt"), zip("[Content_Types].xml", "xl/workbook.xml"),
        zip("word/document.xml"), "just text".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(docx(), 30)}) {
      assertThatThrownBy(() -> t.modules.addAttachment(provider, concept.id(), AttachmentKind.SYLLABUS, "syllabus.pdf", content))
          .isInstanceOfSatisfying(InvalidAttachmentException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(InvalidAttachmentException.WRONG_TYPE_KEY);
            assertThat(e.arguments()).containsExactly("syllabus.pdf");
          });
    }
    assertThat(storedAttachments()).isZero();
  }

  @Test
  void refusesMoreThanTenMegabytesAndEmptyFilesButTakesExactlyTen() {
    byte[] tooLarge = Arrays.copyOf(pdf(), TEN_MB + 1);

    assertThatThrownBy(() -> t.modules.addAttachment(provider, concept.id(), AttachmentKind.SYLLABUS, "groot.pdf", tooLarge))
        .isInstanceOfSatisfying(InvalidAttachmentException.class, e -> {
          assertThat(e.messageKey()).isEqualTo(InvalidAttachmentException.TOO_LARGE_KEY);
          assertThat(e.arguments()).containsExactly("groot.pdf", 10);
        });
    assertThatThrownBy(() -> t.modules.addAttachment(provider, concept.id(), AttachmentKind.SYLLABUS, "leeg.pdf", new byte[0]))
        .isInstanceOf(InvalidAttachmentException.class)
        .hasFieldOrPropertyWithValue("messageKey", InvalidAttachmentException.EMPTY_KEY);
    assertThat(storedAttachments()).isZero();
    assertThat(t.modules.version(provider, concept.id())).isEqualTo(concept);

    t.modules.addAttachment(provider, concept.id(), AttachmentKind.SYLLABUS, "precies.pdf", Arrays.copyOf(pdf(), TEN_MB));
    assertThat(storedAttachments()).isEqualTo(1);
  }

  @Test
  void aZipBombIsRefusedWithoutInflatingIt() {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("bomb.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(AttachmentTypes.detect(bytes.toByteArray())).isEmpty();
  }

  @Test
  void removesAnAttachmentOfAConcept() {
    AttachmentSummary summary = t.modules.addAttachment(provider, concept.id(), AttachmentKind.OTHER, "x.pdf", pdf());

    t.modules.removeAttachment(provider, concept.id(), summary.id());

    assertThat(storedAttachments()).isZero();
    assertThatThrownBy(() -> t.modules.removeAttachment(provider, concept.id(), summary.id()))
        .isInstanceOf(UnknownModuleException.class);
    assertThatThrownBy(() -> t.modules.attachment(provider, AttachmentId.random()))
        .isInstanceOf(UnknownModuleException.class);
  }
}
