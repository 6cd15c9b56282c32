package nl.vakwijzer.web.catalogue.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.CaseValidationException;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Beheerder page: upload a CASE 1.1 package (JSON, at most 20 MB) and import it as a concept.
 * A refused package is listed problem by problem, each with its JSON path; nothing is stored.
 */
@Named
@ViewScoped
public class FrameworkImportView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FILE_FIELD = "importForm:file";

  @Inject transient FrameworkService frameworks;
  @Inject transient FacesMessages messages;

  private transient UploadedFile file;
  private ImportResult result;
  private List<Problem> problems = List.of();
  private List<Problem> warnings = List.of();

  /** One problem of a refused package, in the user's language. */
  public record Problem(String path, String text) implements Serializable {}

  /** Listener of the upload component: imports the file just uploaded. */
  public void handleUpload(FileUploadEvent event) {
    file = event.getFile();
    upload();
  }

  public void upload() {
    result = null;
    problems = List.of();
    warnings = List.of();
    if (file == null || file.getSize() == 0) {
      messages.errorFor(FILE_FIELD, "catalogue.frameworksAdmin.import.fileRequired");
      return;
    }
    if (file.getFileName() == null || !file.getFileName().toLowerCase(Locale.ROOT).endsWith(".json")) {
      messages.errorFor(FILE_FIELD, "catalogue.frameworksAdmin.import.jsonOnly");
      return;
    }
    if (file.getSize() > FrameworkService.MAX_PACKAGE_BYTES) {
      messages.errorFor(FILE_FIELD, "catalogue.case.file.tooLarge", FrameworkService.MAX_PACKAGE_BYTES / (1024 * 1024));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      result = frameworks.importPackage(in);
      warnings = translate(result.warnings());
      if (result.outcome() == ImportResult.Outcome.UNCHANGED) {
        messages.info("catalogue.frameworksAdmin.import.unchanged", result.code(), result.version());
      } else {
        messages.info(
            "catalogue.frameworksAdmin.import.created", result.code(), result.version(), result.itemCount(),
            result.associationCount());
      }
    } catch (CaseValidationException e) {
      problems = translate(e.errors());
      messages.error(e);
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      file = null;
    }
  }

  private static List<Problem> translate(List<CaseValidationError> errors) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return errors.stream()
        .map(e -> new Problem(e.path(), Bundle.text(locale, e.messageKey(), e.arguments().toArray())))
        .toList();
  }

  public int getMaxBytes() {
    return FrameworkService.MAX_PACKAGE_BYTES;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportResult getResult() {
    return result;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public List<Problem> getWarnings() {
    return warnings;
  }
}
