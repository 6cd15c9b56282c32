package nl.vakwijzer.web.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.event.ModuleVersionAccredited;
import nl.vakwijzer.catalogue.api.event.ModuleVersionPublished;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.catalogue.api.gap.GapService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Saved-gap alerts: when a module version becomes accredited, re-ranks every saved gap (the service
 * stores the in-app notifications) and e-mails the users of each municipality whose top 10 now holds
 * the module.
 *
 * <p>Two catalogue events mean "newly accredited": {@link ModuleVersionAccredited} (an
 * accreditation decision) and {@link ModuleVersionPublished} (a provider published a non-material
 * change of an accredited module at once).
 */
@ApplicationScoped
public class AlertOnModuleVersionPublished {
  private static final Logger LOG = Logger.getLogger(AlertOnModuleVersionPublished.class.getName());

  @Inject GapService gaps;
  @Inject AccountService accounts;
  @Inject GapAlertMailer mailer;

  @Inject
  @ConfigProperty(name = "vakwijzer.base-url")
  java.util.Optional<String> baseUrl;

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleVersionPublished event) {
    accredited(event.version());
  }

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleVersionAccredited event) {
    accredited(event.version());
  }

  /** Runs the alerts for a newly accredited version; never throws (logged instead). */
  public List<GapAlert> accredited(ModuleVersionId version) {
    try {
      List<GapAlert> alerts = gaps.newAccreditation(version);
      if (!alerts.isEmpty()) {
        List<AccountSummary> all = accounts.list();
        for (GapAlert alert : alerts) {
          for (AccountSummary account : all) {
            if (account.active() && account.hasRole(Role.GEMEENTE) && account.email() != null
                && account.organisation().map(o -> o.id().equals(alert.municipality())).orElse(false)) {
              mailer.send(alert, account.email(), link("gemeente/meldingen.xhtml"));
            }
          }
        }
      }
      return alerts;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Gap alerts for " + version + " failed", e);
      return List.of();
    }
  }

  private String link(String path) {
    String base = baseUrl.filter(s -> !s.isBlank()).orElse("");
    return base.isEmpty() ? "/" + path : (base.endsWith("/") ? base : base + "/") + path;
  }
}
