package nl.vakwijzer.web.catalogue.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.FrameworkEditingService;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Beheerder page: every framework version by code, with the actions that fit its status (a new
 * concept of a published version, edit or publish a concept, compare with the version before).
 */
@Named
@ViewScoped
public class FrameworkVersionsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient FrameworkEditingService editing;
  @Inject transient FacesMessages messages;

  private List<FrameworkVersion> versions;

  @PostConstruct
  void load() {
    versions = editing.versions();
  }

  public List<FrameworkVersion> getVersions() {
    return versions;
  }

  /** Whether a new concept can be made from this version: published, no open concept of its code. */
  public boolean canCopy(FrameworkVersion version) {
    return version.status() == FrameworkStatus.GEPUBLICEERD
        && !version.livingCrosswalk()
        && versions.stream().noneMatch(v -> v.code().equals(version.code()) && v.status() == FrameworkStatus.CONCEPT);
  }

  /** The version to compare this one with: the one it was copied from, else the one before it. */
  public FrameworkId comparedWith(FrameworkVersion version) {
    if (version.previousVersion() != null) {
      return version.previousVersion();
    }
    FrameworkId before = null;
    for (FrameworkVersion v : versions) {
      if (v.id().equals(version.id())) {
        return before;
      }
      if (v.code().equals(version.code())) {
        before = v.id();
      }
    }
    return null;
  }

  public String newConcept(FrameworkVersion source) {
    try {
      FrameworkVersion concept = editing.newConceptVersion(source.id());
      messages.info("catalogue.frameworksAdmin.concept.created", concept.code(), concept.version());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/beheer/kaders/concept?faces-redirect=true&id=" + concept.id();
    } catch (CatalogueException e) {
      messages.error(e);
      load();
      return null;
    }
  }

  public void publish(FrameworkVersion concept) {
    try {
      FrameworkVersion published = editing.publish(concept.id(), concept.revision());
      messages.info("catalogue.frameworksAdmin.published", published.code(), published.version());
    } catch (CatalogueException e) {
      messages.error(e);
    }
    load();
  }
}
