package nl.vakwijzer.web.catalogue.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.FrameworkDiff;
import nl.vakwijzer.catalogue.api.FrameworkEditingService;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Beheerder page: what changed between two versions of a framework (added, changed, retired),
 * with a choice of two other versions of the same framework.
 */
@Named
@ViewScoped
public class FrameworkDiffView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient FrameworkEditingService editing;
  @Inject transient FacesMessages messages;

  private String from;
  private String to;
  private FrameworkDiff diff;
  private List<FrameworkVersion> versions = List.of();

  /** View action: compares the versions named by the {@code van} and {@code naar} parameters. */
  public void load() {
    Optional<FrameworkId> a = parse(from);
    Optional<FrameworkId> b = parse(to);
    if (a.isEmpty() || b.isEmpty()) {
      messages.error("catalogue.frameworksAdmin.diff.choose");
      return;
    }
    try {
      diff = editing.diff(a.get(), b.get());
      versions = editing.versions(diff.to().code());
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  private static Optional<FrameworkId> parse(String value) {
    try {
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(FrameworkId.of(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Shows the comparison of the two versions now chosen. */
  public String compare() {
    return "/beheer/kaders/vergelijk?faces-redirect=true&van=" + from + "&naar=" + to;
  }

  public FrameworkDiff getDiff() {
    return diff;
  }

  /** Whether the versions compared have no differences ({@code empty} is reserved in EL). */
  public boolean isUnchanged() {
    return diff != null && diff.isEmpty();
  }

  public List<FrameworkVersion> getVersions() {
    return versions;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
