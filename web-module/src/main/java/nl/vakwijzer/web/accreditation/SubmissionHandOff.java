package nl.vakwijzer.web.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import nl.vakwijzer.catalogue.api.IllegalModuleTransitionException;
import nl.vakwijzer.catalogue.api.event.ModuleVersionSubmitted;

/**
 * Hands a submitted module version to the accreditation workflow once the submission committed.
 *
 * <p>The catalogue never depends on accreditation, so this web-module observer turns the event into
 * {@link AccreditationService#receive} (which needs no actor: receipt is the system's, and it is
 * idempotent for the same submission). A failure does not roll back the submission; it is logged
 * with the whole event so an operator can replay it. An outbox table would be the next step if a
 * submission must never wait for a person to notice.
 */
@ApplicationScoped
public class SubmissionHandOff {
  private static final Logger LOG = Logger.getLogger(SubmissionHandOff.class.getName());

  @Inject AccreditationService accreditation;

  /**
   * In a transaction of its own: after the submission's commit its transaction is still bound to
   * the thread, and the receipt (which also stores notifications and looks up their recipients
   * through JPA) must not try to join it.
   */
  @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleVersionSubmitted event) {
    try {
      accreditation.receive(
          new SubmittedVersion(event.version(), event.module(), event.provider(), event.number(), event.at()));
    } catch (IllegalModuleTransitionException e) {
      // the version moved on before this after-commit hand-off (demo data records outcomes
      // directly): nothing awaits intake, so no application, and nothing is lost
      LOG.warning(() -> "Submitted module version is no longer awaiting intake; no application created: " + event);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, e, () -> "Submitted module version not handed to accreditation; replay this event: " + event);
    }
  }
}
