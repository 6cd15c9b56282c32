package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.Affiliation;
import nl.vakwijzer.accreditation.api.AuditorPoolService;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Beheerder page {@code beheer/auditoren.xhtml}: the auditor pool. Choose an auditor account (with
 * or without a profile yet), edit expertise and capacity, and add or remove affiliations with
 * providers (with their period); every change is saved as the auditor's whole profile.
 */
@Named
@ViewScoped
public class AuditorPoolView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditorPoolService pool;
  @Inject transient AccountService accounts;
  @Inject transient OrganisationService organisations;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;

  private String selected;
  private String displayName;
  private String frameworks;
  private String profiles;
  private int capacity = 5;
  private boolean active = true;
  private List<Affiliation> affiliations = new ArrayList<>();
  private String organisation;
  private LocalDate from;
  private LocalDate until;
  private String affiliationDescription;

  /** Every AUDITOR account, by name. */
  public List<AccountSummary> getAuditorAccounts() {
    return accounts.list().stream().filter(a -> a.roles().contains(Role.AUDITOR))
        .sorted(java.util.Comparator.comparing(AccountSummary::displayName)).toList();
  }

  public List<AuditorProfile> getProfiles() {
    return pool.auditors();
  }

  public List<OrganisationSummary> getProviders() {
    return organisations.list().stream().filter(o -> o.type() == OrganisationType.AANBIEDER)
        .sorted(java.util.Comparator.comparing(OrganisationSummary::name)).toList();
  }

  public String organisationName(OrganisationId id) {
    return organisations.list().stream().filter(o -> o.id().equals(id)).map(OrganisationSummary::name).findFirst().orElse(id.toString());
  }

  public String expertise(AuditorProfile p) {
    return String.join(", ", new java.util.TreeSet<>(p.frameworkCodes())) + " · " + String.join(", ", new java.util.TreeSet<>(p.profileCodes()));
  }

  public String period(Affiliation a) {
    return Timeline.day(a.from()) + " – " + (a.until() == null ? "…" : Timeline.day(a.until()));
  }

  /** Loads the chosen auditor's profile into the form (a new one when there is none). */
  public void choose() {
    if (selected == null || selected.isBlank()) {
      return;
    }
    AccountId id = new AccountId(UUID.fromString(selected));
    AuditorProfile profile = pool.auditors().stream().filter(p -> p.account().equals(id)).findFirst().orElse(null);
    if (profile == null) {
      displayName = accounts.list().stream().filter(a -> a.id().equals(id)).map(AccountSummary::displayName).findFirst().orElse("");
      frameworks = "";
      profiles = "";
      capacity = 5;
      active = true;
      affiliations = new ArrayList<>();
    } else {
      displayName = profile.displayName();
      frameworks = String.join(", ", new java.util.TreeSet<>(profile.frameworkCodes()));
      profiles = String.join(", ", new java.util.TreeSet<>(profile.profileCodes()));
      capacity = profile.capacity();
      active = profile.active();
      affiliations = new ArrayList<>(profile.affiliations());
    }
  }

  public void save() {
    store();
  }

  public void addAffiliation() {
    if (organisation == null || organisation.isBlank() || from == null) {
      messages.errorFor("profile:organisation", "accreditation.pool.affiliationRequired");
      return;
    }
    affiliations.add(new Affiliation(new OrganisationId(UUID.fromString(organisation)), from, until, affiliationDescription));
    if (store()) {
      organisation = null;
      from = null;
      until = null;
      affiliationDescription = null;
    } else {
      affiliations.remove(affiliations.size() - 1);
    }
  }

  public void removeAffiliation(int index) {
    Affiliation removed = affiliations.remove(index);
    if (!store()) {
      affiliations.add(index, removed);
    }
  }

  private boolean store() {
    if (selected == null || selected.isBlank()) {
      return false;
    }
    try {
      AuditorProfile saved = pool.save(actor.require(), new AuditorProfile(new AccountId(UUID.fromString(selected)),
          displayName, codes(frameworks), codes(profiles), affiliations, capacity, active));
      messages.info("accreditation.pool.saved", saved.displayName());
      return true;
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
    return false;
  }

  private static Set<String> codes(String text) {
    return text == null ? Set.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public boolean isChosen() {
    return selected != null && !selected.isBlank() && displayName != null;
  }

  public String getSelected() { return selected; }
  public void setSelected(String selected) { this.selected = selected; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public String getFrameworks() { return frameworks; }
  public void setFrameworks(String frameworks) { this.frameworks = frameworks; }
  public String getProfileCodes() { return profiles; }
  public void setProfileCodes(String profiles) { this.profiles = profiles; }
  public int getCapacity() { return capacity; }
  public void setCapacity(int capacity) { this.capacity = capacity; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
  public List<Affiliation> getAffiliations() { return affiliations; }
  public String getOrganisation() { return organisation; }
  public void setOrganisation(String organisation) { this.organisation = organisation; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getUntil() { return until; }
  public void setUntil(LocalDate until) { this.until = until; }
  public String getAffiliationDescription() { return affiliationDescription; }
  public void setAffiliationDescription(String affiliationDescription) { this.affiliationDescription = affiliationDescription; }
}
