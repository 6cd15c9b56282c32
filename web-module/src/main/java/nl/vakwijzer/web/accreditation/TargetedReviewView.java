package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ClaimUnderReview;
import nl.vakwijzer.catalogue.api.FrameworkDiff;
import nl.vakwijzer.catalogue.api.FrameworkEditingService;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.web.provider.ProviderActor;

/**
 * Beheerder page {@code beheer/gerichte-herbeoordeling.xhtml}: for a framework code whose published
 * version replaced an older one, the changed and retired items of that replacement (the catalogue's
 * {@link FrameworkDiff}) and the accredited claims on them ({@code targetedReview}) with module,
 * provider and claim; an empty state when no accredited claim is affected.
 */
@Named
@ViewScoped
public class TargetedReviewView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccreditationService accreditation;
  @Inject transient FrameworkEditingService editing;
  @Inject transient FrameworkService frameworks;
  @Inject transient OrganisationService organisations;
  @Inject transient ProviderActor actor;

  private String code;
  private transient List<String> codes;
  private transient FrameworkDiff diff;
  private transient List<ClaimUnderReview> claims;
  private transient Map<ItemId, String> labels;

  /** Framework codes with a published version that replaced an earlier one. */
  public List<String> getCodes() {
    if (codes == null) {
      Set<String> found = new TreeSet<>();
      for (FrameworkVersion v : editing.versions()) {
        if (v.status() == FrameworkStatus.GEPUBLICEERD && v.previousVersion() != null && !v.livingCrosswalk()) {
          found.add(v.code());
        }
      }
      codes = new ArrayList<>(found);
    }
    return codes;
  }

  /** The published version of the chosen code that replaced an older one, if any. */
  public Optional<FrameworkVersion> getPublished() {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    List<FrameworkVersion> versions = editing.versions(code);
    for (int i = versions.size() - 1; i >= 0; i--) {
      FrameworkVersion v = versions.get(i);
      if (v.status() == FrameworkStatus.GEPUBLICEERD && v.previousVersion() != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  public FrameworkDiff getDiff() {
    if (diff == null) {
      diff = getPublished().map(v -> editing.diff(v.previousVersion(), v.id())).orElse(null);
    }
    return diff;
  }

  public boolean isChosen() {
    return getDiff() != null;
  }

  /** Changed items (before and after) and retired ones. */
  private Set<ItemId> affectedItems() {
    Set<ItemId> items = new LinkedHashSet<>();
    FrameworkDiff d = getDiff();
    if (d != null) {
      for (FrameworkDiff.ChangedItem c : d.changed()) {
        items.add(c.before().id());
        items.add(c.after().id());
      }
      for (ItemSummary r : d.retired()) {
        items.add(r.id());
      }
    }
    return items;
  }

  public List<ClaimUnderReview> getClaims() {
    if (claims == null) {
      Set<ItemId> items = affectedItems();
      claims = items.isEmpty() ? List.of() : accreditation.targetedReview(actor.require(), items);
    }
    return claims;
  }

  public int getChangedCount() {
    return getDiff() == null ? 0 : getDiff().changed().size();
  }

  public int getRetiredCount() {
    return getDiff() == null ? 0 : getDiff().retired().size();
  }

  /** Shows the chosen code's replacement (the form's action). */
  public void show() {
    diff = null;
    claims = null;
  }

  public String providerName(OrganisationId id) {
    return organisations.find(id).map(OrganisationSummary::name).orElse(String.valueOf(id));
  }

  /** An item's human code and label (from the diff, else from the catalogue). */
  public String item(ItemId id) {
    if (labels == null) {
      labels = new HashMap<>();
      FrameworkDiff d = getDiff();
      if (d != null) {
        for (FrameworkDiff.ChangedItem c : d.changed()) {
          labels.put(c.before().id(), c.before().humanCode() + " " + c.before().label());
          labels.put(c.after().id(), c.after().humanCode() + " " + c.after().label());
        }
        for (ItemSummary r : d.retired()) {
          labels.put(r.id(), r.humanCode() + " " + r.label());
        }
      }
    }
    return labels.computeIfAbsent(id, i -> frameworks.findItem(i)
        .map(x -> x.item().humanCode() + " " + x.item().label()).orElse(String.valueOf(i)));
  }

  /** "competency: level from → level to". */
  public String claim(ClaimUnderReview c) {
    return item(c.claim().competency()) + ": " + level(c.claim().from()) + " → " + level(c.claim().to());
  }

  private String level(nl.vakwijzer.catalogue.api.ClaimLevel level) {
    return level.item() == null ? String.valueOf(level.ordinal()) : item(level.item());
  }

  public String affected(ClaimUnderReview c) {
    List<String> list = new ArrayList<>();
    for (ItemId i : c.affectedItems()) {
      list.add(item(i));
    }
    return String.join("; ", list);
  }

  public String getCode() { return code; }
  public void setCode(String v) { code = v; }
}
