package nl.vakwijzer.accreditation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;

/** The auditor pool: profiles with expertise, affiliations and capacity, kept by a beheerder. */
public interface AuditorPoolService {

  /** Creates or replaces an auditor's profile (role BEHEERDER). */
  AuditorProfile save(@NotNull Actor actor, @NotNull @Valid AuditorProfile profile);

  /** All auditors, by name. */
  List<AuditorProfile> auditors();

  AuditorProfile auditor(@NotNull AccountId account);
}
