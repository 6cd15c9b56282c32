package nl.vakwijzer.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.NewOrganisation;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.web.shared.FacesMessages;

/** Beheerder page: the organisations taking part, and registering a new one. */
@Named
@ViewScoped
public class OrganisationAdminView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient OrganisationService organisations;
  @Inject transient FacesMessages messages;

  private List<OrganisationSummary> list;
  private String name;
  private OrganisationType type;

  @PostConstruct
  void load() {
    list = organisations.list();
  }

  public void create() {
    try {
      OrganisationSummary created = organisations.create(new NewOrganisation(name, type));
      messages.info("admin.organisations.created", created.name());
      name = null;
      type = null;
      load();
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  public List<OrganisationSummary> getList() {
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }
}
