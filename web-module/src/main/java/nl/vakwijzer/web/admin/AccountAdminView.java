package nl.vakwijzer.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.shared.FacesMessages;

/** Beheerder page: all accounts, and creating one with its roles, organisation and first password. */
@Named
@ViewScoped
public class AccountAdminView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient OrganisationService organisations;
  @Inject transient FacesMessages messages;

  private List<AccountSummary> list;
  private List<OrganisationSummary> organisationChoices;
  private String username;
  private String displayName;
  private String email;
  private List<String> roles = new ArrayList<>();
  private String organisationId;
  private String password;

  @PostConstruct
  void load() {
    list = accounts.list();
    organisationChoices = organisations.list();
  }

  public void create() {
    try {
      OrganisationId organisation =
          organisationId == null || organisationId.isBlank()
              ? null
              : OrganisationId.parse(organisationId).orElse(null);
      AccountSummary created =
          accounts.create(
              new NewAccount(
                  username,
                  displayName,
                  email,
                  roleSet(),
                  organisation,
                  password));
      messages.info("admin.accounts.created", created.username());
      username = displayName = email = organisationId = password = null;
      roles = new ArrayList<>();
      load();
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  private EnumSet<Role> roleSet() {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    for (String role : roles) {
      set.add(Role.valueOf(role)); // values come from the page's own checkbox list
    }
    return set;
  }

  public Role[] getRoleChoices() {
    return Role.values();
  }

  public List<OrganisationSummary> getOrganisationChoices() {
    return organisationChoices;
  }

  public List<AccountSummary> getList() {
    return list;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
