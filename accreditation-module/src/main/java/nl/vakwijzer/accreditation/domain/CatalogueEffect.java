package nl.vakwijzer.accreditation.domain;

import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;

/**
 * What the catalogue must be told after a workflow step, in order; the application service passes
 * each on to {@code ModuleAccreditationService}.
 */
public sealed interface CatalogueEffect {
  record Stage(String stage) implements CatalogueEffect {}

  record ReturnToProvider() implements CatalogueEffect {}

  record Accredit(LocalDate until, List<AcceptedClaim> accepted) implements CatalogueEffect {
    public Accredit {
      accepted = List.copyOf(accepted);
    }
  }

  record Reject() implements CatalogueEffect {}

  record End(ModuleVersionStatus status) implements CatalogueEffect {}
}
