package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.catalogue.api.AccountId;

/** Stores the auditor pool. */
public interface AuditorRepository {

  void save(AuditorProfile profile, Instant at);

  List<AuditorProfile> all();

  Optional<AuditorProfile> find(AccountId account);
}
