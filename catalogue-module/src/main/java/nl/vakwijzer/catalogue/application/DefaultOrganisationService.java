package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.DuplicateOrganisationException;
import nl.vakwijzer.catalogue.api.NewOrganisation;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.domain.Organisation;
import nl.vakwijzer.catalogue.domain.OrganisationRepository;

@ApplicationScoped
@Transactional
// Makes Hibernate Validator's CDI extension see this bean: it only intercepts types that carry a
// validation annotation, and the constraints themselves are declared on the api interface.
@ValidateOnExecution
class DefaultOrganisationService implements OrganisationService {
  @Inject OrganisationRepository organisations;
  @Inject Clock clock;

  @Override
  public OrganisationSummary create(NewOrganisation request) {
    if (organisations.findByName(request.name()).isPresent()) {
      throw new DuplicateOrganisationException(request.name().strip());
    }
    Organisation organisation = new Organisation(request.name(), request.type(), clock.instant());
    organisations.add(organisation);
    return organisation.toSummary();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OrganisationSummary> find(OrganisationId id) {
    return id == null ? Optional.empty() : organisations.find(id.value()).map(Organisation::toSummary);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<OrganisationSummary> findByName(String name) {
    return name == null ? Optional.empty() : organisations.findByName(name).map(Organisation::toSummary);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrganisationSummary> list() {
    return organisations.findAll().stream().map(Organisation::toSummary).toList();
  }
}
