package nl.vakwijzer.catalogue.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * How the accreditation workflow tells the catalogue about a submitted module version. Called by
 * the accreditation side (through its own module or the web module), never by providers.
 */
public interface ModuleAccreditationService {

  /** The submitted version (INGEDIEND) entered a workflow stage, e.g. {@code IN_BEOORDELING}. */
  void recordStage(@NotNull ModuleVersionId version, @NotNull String stage);

  /** The application was returned to the provider: the version becomes a CONCEPT again. */
  void returnToProvider(@NotNull ModuleVersionId version);

  /**
   * Accredited until {@code until}; only {@code accepted} claims, at their accepted levels, become
   * searchable. An earlier accredited version of the module becomes VERVANGEN. Also from AFGEWEZEN,
   * when an objection changes the rejection.
   */
  void accredit(@NotNull ModuleVersionId version, @NotNull LocalDate until, @NotNull List<AcceptedClaim> accepted);

  /** Rejected: AFGEWEZEN. Also from GEACCREDITEERD, when an objection changes the accreditation. */
  void reject(@NotNull ModuleVersionId version);

  /** Ends an accreditation at once: VERLOPEN, GESCHORST or INGETROKKEN. */
  void end(@NotNull ModuleVersionId version, @NotNull ModuleVersionStatus newStatus);

  /** The accepted claims of an accredited version (empty for any other). */
  List<AcceptedClaim> acceptedClaims(@NotNull ModuleVersionId version);
}
