package nl.vakwijzer.accreditation.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ModuleAccreditationService;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;

/**
 * A recording fake of the catalogue's {@link ModuleAccreditationService} (a collaborator of
 * another module): every call as a line ({@code "stage INTAKE"}, {@code "accredit 2027-…"}), and
 * the accepted claims of the last accreditation per version.
 */
public final class RecordingCatalogue implements ModuleAccreditationService {
  public final List<String> calls = new ArrayList<>();
  public final Map<ModuleVersionId, List<AcceptedClaim>> accepted = new HashMap<>();
  public final Map<ModuleVersionId, LocalDate> until = new HashMap<>();

  @Override
  public void recordStage(ModuleVersionId version, String stage) {
    calls.add("stage " + stage);
  }

  @Override
  public void returnToProvider(ModuleVersionId version) {
    calls.add("returnToProvider");
  }

  @Override
  public void accredit(ModuleVersionId version, LocalDate until, List<AcceptedClaim> accepted) {
    calls.add("accredit " + until);
    this.accepted.put(version, List.copyOf(accepted));
    this.until.put(version, until);
  }

  @Override
  public void reject(ModuleVersionId version) {
    calls.add("reject");
  }

  @Override
  public void end(ModuleVersionId version, ModuleVersionStatus newStatus) {
    calls.add("end " + newStatus);
  }

  @Override
  public List<AcceptedClaim> acceptedClaims(ModuleVersionId version) {
    return accepted.getOrDefault(version, List.of());
  }
}
