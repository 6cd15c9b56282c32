package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AccountId;

/**
 * The coordinator's intake result for a complete application: the expertise it needs (framework
 * and profile codes, used to propose auditors) and, optionally, the besluitnemer who will decide
 * it (who then can never be assigned as its auditor).
 */
public record IntakeCompletion(
    @NotNull Set<String> frameworkCodes, @NotNull Set<String> profileCodes, AccountId decisionMaker) {
  public IntakeCompletion {
    frameworkCodes = Set.copyOf(frameworkCodes);
    profileCodes = Set.copyOf(profileCodes);
  }
}
