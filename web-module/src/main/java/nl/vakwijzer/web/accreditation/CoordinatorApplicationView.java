package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AuditorPoolService;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.accreditation.api.AuditorProposal;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Role;

/**
 * The coordinator's dossier page ({@code beheer/aanvraag.xhtml?id=}): intake (complete with the
 * needed expertise and the besluitnemer, or return with reasons), assignment from the system's
 * proposals (the pool's excluded auditors listed with the reason) and the timeline.
 */
@Named
@ViewScoped
public class CoordinatorApplicationView extends ApplicationPage {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditorPoolService pool;

  private String frameworkCodes = "";
  private String profileCodes = "";
  private String decisionMaker;
  private String returnReasons;
  private String lead;
  private String second;
  private List<AuditorProposal> proposals = List.of();

  /** An auditor of the pool the system does not propose, and why. */
  public record Excluded(String name, String reasonKey) {}

  @Override
  protected void afterLoad() {
    if (application.state() == ApplicationState.INGEDIEND) {
      Set<String> codes = new TreeSet<>();
      for (ClaimedCompetency c : application.claims()) {
        codes.add(modules.claimOptions(c.competency()).frameworkCode());
      }
      frameworkCodes = String.join(", ", codes);
    }
    proposals = application.state() == ApplicationState.TOEGEWEZEN ? accreditation.proposeAuditors(actor(), application.id()) : List.of();
  }

  public void completeIntake() {
    AccountId chosen = decisionMaker == null || decisionMaker.isBlank() ? null : new AccountId(UUID.fromString(decisionMaker));
    IntakeCompletion intake = new IntakeCompletion(codes(frameworkCodes), codes(profileCodes), chosen);
    act(() -> accreditation.completeIntake(actor(), application.id(), application.revision(), intake), "accreditation.web.intake.completed");
  }

  public void returnToProvider() {
    if (returnReasons == null || returnReasons.isBlank()) {
      messages.errorFor("intake:returnReasons", "accreditation.intake.reasonsRequired");
      return;
    }
    act(() -> accreditation.returnToProvider(actor(), application.id(), application.revision(), returnReasons), "accreditation.web.intake.returned");
  }

  public void assignLead() {
    assign(AssignmentRole.LEAD, lead);
  }

  public void assignSecond() {
    assign(AssignmentRole.SECOND, second);
  }

  private void assign(AssignmentRole role, String account) {
    if (account == null || account.isBlank()) {
      messages.error("accreditation.web.assign.choose");
      return;
    }
    act(() -> accreditation.assignAuditor(actor(), application.id(), application.revision(), role, new AccountId(UUID.fromString(account))),
        "accreditation.web.assign.done");
  }

  private static Set<String> codes(String text) {
    return text == null ? Set.of() : Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
        .map(String::toUpperCase).collect(Collectors.toSet());
  }

  public boolean isIntake() {
    return application.state() == ApplicationState.INGEDIEND;
  }

  public boolean isAssignment() {
    return application.state() == ApplicationState.TOEGEWEZEN;
  }

  public boolean roleOpen(AssignmentRole role) {
    return assignment(role).isEmpty();
  }

  public Map<String, String> getDecisionMakers() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (AccountSummary a : accounts.list()) {
      if (a.hasRole(Role.BESLUITNEMER) && a.active()) {
        choices.put(a.displayName(), a.id().toString());
      }
    }
    return choices;
  }

  public List<AuditorProposal> getProposals() {
    return proposals;
  }

  public Map<String, String> getProposalChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (AuditorProposal p : proposals) {
      choices.put(p.displayName(), p.account().toString());
    }
    return choices;
  }

  /** The pool's auditors that are not proposed, with the rule that excludes them. */
  public List<Excluded> getExcluded() {
    Set<AccountId> proposed = proposals.stream().map(AuditorProposal::account).collect(Collectors.toSet());
    LocalDate today = LocalDate.now();
    List<Excluded> excluded = new ArrayList<>();
    for (AuditorProfile p : pool.auditors()) {
      if (proposed.contains(p.account())) {
        continue;
      }
      String reason;
      if (application.assignments().stream().anyMatch(a -> a.auditor().equals(p.account()))) {
        reason = "accreditation.assignment.alreadyOnApplication";
      } else if (p.account().equals(application.decisionMaker())) {
        reason = "accreditation.assignment.decisionMakerCannotReview";
      } else if (!p.active()) {
        reason = "accreditation.assignment.auditorInactive";
      } else if (p.affiliations().stream().anyMatch(f -> f.organisation().equals(application.provider()) && f.within(today, 3))) {
        reason = "accreditation.assignment.conflictOfInterest";
      } else {
        reason = "accreditation.assignment.atCapacity";
      }
      excluded.add(new Excluded(p.displayName(), reason));
    }
    return excluded;
  }

  public String excludedText(Excluded e) {
    return text(e.reasonKey(), e.name());
  }

  public String getFrameworkCodes() { return frameworkCodes; }
  public void setFrameworkCodes(String v) { frameworkCodes = v; }
  public String getProfileCodes() { return profileCodes; }
  public void setProfileCodes(String v) { profileCodes = v; }
  public String getDecisionMaker() { return decisionMaker; }
  public void setDecisionMaker(String v) { decisionMaker = v; }
  public String getReturnReasons() { return returnReasons; }
  public void setReturnReasons(String v) { returnReasons = v; }
  public String getLead() { return lead; }
  public void setLead(String v) { lead = v; }
  public String getSecond() { return second; }
  public void setSecond(String v) { second = v; }
}
