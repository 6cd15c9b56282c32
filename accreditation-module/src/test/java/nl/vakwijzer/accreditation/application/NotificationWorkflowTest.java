package nl.vakwijzer.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.ConditionRequest;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationKind;
import nl.vakwijzer.accreditation.api.ObjectionOutcome;
import nl.vakwijzer.accreditation.api.UnknownNotificationException;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Role;
import org.junit.jupiter.api.Test;

/**
 * Notifications stored by the workflow on a real PostgreSQL: each step notifies exactly the people
 * who must act or are told the outcome; inbox reading is per account; the mail outbox claims each
 * notification once, retries failures later and recovers a crashed send.
 */
class NotificationWorkflowTest {

  /** The workflow cast plus people who must not hear of it (or only some of it). */
  private static final class Cast {
    final Workflow w = new Workflow();
    final Actor coordinator2 = Workflow.actor(w.stichting, Role.BEHEERDER);
    final Actor colleague = Workflow.actor(w.providerOrg, Role.AANBIEDER);
    final Actor inactiveColleague = Workflow.actor(w.providerOrg, Role.AANBIEDER);
    final Actor otherProvider = Workflow.actor(new OrganisationId(UUID.randomUUID()), Role.AANBIEDER);
    final Actor besluitnemer2 = Workflow.actor(w.stichting, Role.BESLUITNEMER);

    Cast() {
      w.accounts.add(coordinator2, "beheerder2", true);
      w.accounts.add(colleague, "collega", true);
      w.accounts.add(inactiveColleague, "oud-collega", false);
      w.accounts.add(otherProvider, "andere-aanbieder", true);
      w.accounts.add(besluitnemer2, "besluitnemer2", true);
    }

    List<Actor> everyone() {
      return List.of(w.coordinator, coordinator2, w.lead, w.second, w.third, w.fourth, w.besluitnemer, besluitnemer2,
          w.provider, colleague, inactiveColleague, otherProvider);
    }

    List<NotificationKind> kinds(Actor actor) {
      return w.notifications.inbox(actor).stream().map(Notification::kind).toList();
    }

    /** Asserts that since the last snapshot exactly these actors got exactly this one new kind. */
    Map<Actor, Integer> expectNew(Map<Actor, Integer> before, NotificationKind kind, Actor... recipients) {
      Map<Actor, Integer> now = new java.util.HashMap<>();
      List<Actor> expected = List.of(recipients);
      for (Actor a : everyone()) {
        List<NotificationKind> inbox = kinds(a);
        now.put(a, inbox.size());
        int added = inbox.size() - before.getOrDefault(a, 0);
        if (expected.contains(a)) {
          assertThat(added).as("new notifications for %s", name(a)).isEqualTo(1);
          assertThat(inbox.get(0)).as("newest notification of %s", name(a)).isEqualTo(kind);
        } else {
          assertThat(added).as("new notifications for %s after %s", name(a), kind).isZero();
        }
      }
      return now;
    }

    Map<Actor, Integer> snapshot() {
      Map<Actor, Integer> now = new java.util.HashMap<>();
      everyone().forEach(a -> now.put(a, kinds(a).size()));
      return now;
    }

    String name(Actor a) {
      return w.accounts.list().stream().filter(s -> s.id().equals(a.account())).findFirst().map(s -> s.username()).orElse("?");
    }
  }

  @Test
  void eachStepOfTheHappyPathNotifiesOnlyThePeopleWhoMustActOrAreToldTheOutcome() {
    Cast c = new Cast();
    Workflow w = c.w;
    Map<Actor, Integer> seen = Map.of();

    ApplicationView a = w.submit();
    seen = c.expectNew(seen, NotificationKind.INTAKE, w.coordinator, c.coordinator2);
    Notification intake = w.notifications.inbox(w.coordinator).get(0);
    assertThat(intake.application()).isEqualTo(a.id());
    assertThat(intake.moduleTitle()).isEqualTo("Motiverende gespreksvoering");
    assertThat(intake.isRead()).isFalse();
    assertThat(intake.mailedAt()).isNull();

    a = w.service.completeIntake(w.coordinator, a.id(), a.revision(),
        new IntakeCompletion(java.util.Set.of("S3"), java.util.Set.of("KLANTMANAGER"), w.besluitnemer.account()));
    seen = c.expectNew(seen, null);
    a = w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.LEAD, w.lead.account());
    seen = c.expectNew(seen, NotificationKind.ASSIGNED, w.lead);
    assertThat(w.notifications.inbox(w.lead).get(0).argument("role")).isEqualTo("LEAD");
    a = w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.SECOND, w.second.account());
    seen = c.expectNew(seen, NotificationKind.ASSIGNED, w.second);

    w.service.declareNoConflict(w.lead, a.id());
    w.service.declareNoConflict(w.second, a.id());
    seen = c.expectNew(seen, null);
    w.service.score(w.lead, a.id(), w.scores());
    w.service.giveVerdicts(w.lead, a.id(), w.verdicts());
    w.service.submitReview(w.lead, a.id());
    seen = c.expectNew(seen, null);
    w.service.score(w.second, a.id(), w.scores());
    w.service.giveVerdicts(w.second, a.id(), w.verdicts());
    a = w.service.submitReview(w.second, a.id());
    seen = c.expectNew(seen, NotificationKind.ADVICE_DUE, w.lead);

    a = w.service.advise(w.lead, a.id(), a.revision(),
        new AdviceRequest(DecisionOutcome.GEACCREDITEERD, 3, "Twee claims houdbaar.", w.verdicts()));
    // only the besluitnemer chosen at intake, not every besluitnemer
    seen = c.expectNew(seen, NotificationKind.DECISION_DUE, w.besluitnemer);

    w.service.decide(w.besluitnemer, a.id(), a.revision(), DecisionRequest.accredit(3, "Conform advies."));
    // the provider's active users, not an inactive colleague or another provider
    seen = c.expectNew(seen, NotificationKind.DECIDED, w.provider, c.colleague);
    assertThat(w.notifications.inbox(c.colleague).get(0).argument("state")).isEqualTo("GEACCREDITEERD");
    assertThat(w.notifications.inbox(w.provider)).extracting(Notification::kind).containsExactly(NotificationKind.DECIDED);
  }

  @Test
  void aReturnTellsTheProviderWhyAndARecusalAsksTheBeheerdersForSomeoneElse() {
    Cast c = new Cast();
    Workflow w = c.w;
    ApplicationView received = w.submit();
    Map<Actor, Integer> seen = c.snapshot();
    w.service.returnToProvider(w.coordinator, received.id(), received.revision(), "Bijlage met toetsmatrijs ontbreekt.");
    seen = c.expectNew(seen, NotificationKind.RETURNED, w.provider, c.colleague);
    assertThat(w.notifications.inbox(w.provider).get(0).argument("reasons")).isEqualTo("Bijlage met toetsmatrijs ontbreekt.");

    Cast c2 = new Cast();
    ApplicationView assigned = c2.w.assigned();
    Map<Actor, Integer> seen2 = c2.snapshot();
    c2.w.service.recuse(c2.w.second, assigned.id(), "Ik heb er vorig jaar lesgegeven.");
    c2.expectNew(seen2, NotificationKind.RECUSED, c2.w.coordinator, c2.coordinator2);
    assertThat(c2.w.notifications.inbox(c2.coordinator2).get(0).argument("role")).isEqualTo("SECOND");
  }

  @Test
  void conditionsEvidenceGoesToTheReviewersAndTheOutcomeAndLapseToTheProvider() {
    Cast c = new Cast();
    Workflow w = c.w;
    ApplicationView advised = w.advised();
    LocalDate deadline = w.today().plusMonths(3);
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(),
        DecisionRequest.withConditions(1, "Onder voorwaarden.", List.of(
            new ConditionRequest("Lever de toetsmatrijs aan.", deadline), new ConditionRequest("Terugkomdag.", deadline))));
    Map<Actor, Integer> seen = c.snapshot();
    UUID first = decided.conditions().get(0).id();
    w.service.submitConditionEvidence(w.provider, decided.id(), first, "attachment:1");
    seen = c.expectNew(seen, NotificationKind.CONDITION_EVIDENCE, w.lead, w.second);
    w.service.checkCondition(w.second, decided.id(), first, false, "Onvolledig.");
    seen = c.expectNew(seen, NotificationKind.CONDITION_NOT_MET, w.provider, c.colleague);
    w.service.submitConditionEvidence(w.provider, decided.id(), first, "attachment:2");
    seen = c.expectNew(seen, NotificationKind.CONDITION_EVIDENCE, w.lead, w.second);
    w.service.checkCondition(w.lead, decided.id(), first, true, "In orde.");
    seen = c.expectNew(seen, NotificationKind.CONDITION_MET, w.provider, c.colleague);

    w.clock.advanceDays(100);
    w.service.enforceConditionDeadlines(w.today());
    seen = c.expectNew(seen, NotificationKind.CONDITION_LAPSED, w.provider, c.colleague);
    // the timed run again (e.g. after a restart): nothing new
    w.service.enforceConditionDeadlines(w.today());
    c.expectNew(seen, null);
  }

  @Test
  void anObjectionGoesToTheBeheerdersItsHandlersAreAskedAndTheProviderHearsTheOutcome() {
    Cast c = new Cast();
    Workflow w = c.w;
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(3, "Conform."));
    Map<Actor, Integer> seen = c.snapshot();
    ApplicationView objected = w.service.lodgeObjection(w.provider, decided.id(), decided.revision(), "C3 wordt wel getoetst.");
    seen = c.expectNew(seen, NotificationKind.OBJECTION_LODGED, w.coordinator, c.coordinator2);
    ApplicationView handled = w.service.assignObjectionHandlers(w.coordinator, objected.id(), objected.revision(),
        w.third.account(), w.fourth.account());
    seen = c.expectNew(seen, NotificationKind.OBJECTION_ASSIGNED, w.third, w.fourth);
    w.service.declareNoConflict(w.third, handled.id());
    ApplicationView ready = w.service.declareNoConflict(w.fourth, handled.id());
    w.service.decideObjection(w.third, ready.id(), ready.revision(), ObjectionOutcome.GEHANDHAAFD, null, "Het besluit blijft.");
    c.expectNew(seen, NotificationKind.OBJECTION_UPHELD, w.provider, c.colleague);
  }

  @Test
  void remindersAndExpiryAreStoredOnceForTheProvidersUsersHoweverOftenTheClockRuns() {
    Cast c = new Cast();
    Workflow w = c.w;
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Conform."));
    LocalDate until = decided.decision().validUntil();
    Map<Actor, Integer> seen = c.snapshot();
    w.service.dueReminders(until.minusDays(90));
    seen = c.expectNew(seen, NotificationKind.REMINDER, w.provider, c.colleague);
    Notification reminder = w.notifications.inbox(w.provider).get(0);
    assertThat(reminder.arguments()).containsEntry("daysBefore", "90").containsEntry("validUntil", until.toString());
    w.service.dueReminders(until.minusDays(90));
    w.service.dueReminders(until.minusDays(60));
    seen = c.expectNew(seen, null);
    w.service.dueReminders(until.minusDays(30));
    seen = c.expectNew(seen, NotificationKind.REMINDER, w.provider, c.colleague);
    w.service.expire(until.plusDays(1));
    seen = c.expectNew(seen, NotificationKind.ENDED, w.provider, c.colleague);
    assertThat(w.notifications.inbox(c.colleague).get(0).argument("state")).isEqualTo("VERLOPEN");
    w.service.expire(until.plusDays(2));
    c.expectNew(seen, null);
  }

  @Test
  void onlyTheOwnerReadsAndMarksANotification() {
    Cast c = new Cast();
    Workflow w = c.w;
    w.submit();
    Notification mine = w.notifications.inbox(w.coordinator).get(0);
    Notification theirs = w.notifications.inbox(c.coordinator2).get(0);
    assertThat(w.notifications.unreadCount(w.coordinator)).isEqualTo(1);

    assertThatThrownBy(() -> w.notifications.markRead(w.coordinator, theirs.id()))
        .isInstanceOf(UnknownNotificationException.class);
    assertThatThrownBy(() -> w.notifications.markRead(w.provider, mine.id()))
        .isInstanceOf(UnknownNotificationException.class);
    assertThatThrownBy(() -> w.notifications.markRead(w.coordinator, UUID.randomUUID()))
        .isInstanceOf(UnknownNotificationException.class);
    assertThat(w.notifications.unreadCount(c.coordinator2)).isEqualTo(1);

    w.notifications.markRead(w.coordinator, mine.id());
    w.notifications.markRead(w.coordinator, mine.id()); // again: no change, no error
    assertThat(w.notifications.inbox(w.coordinator).get(0).isRead()).isTrue();
    assertThat(w.notifications.unreadCount(w.coordinator)).isZero();
    assertThat(w.notifications.unreadCount(c.coordinator2)).isEqualTo(1);

    assertThat(w.notifications.markAllRead(c.coordinator2)).isEqualTo(1);
    assertThat(w.notifications.markAllRead(c.coordinator2)).isZero();
    assertThat(w.notifications.unreadCount(c.coordinator2)).isZero();
  }

  @Test
  void theOutboxClaimsEachNotificationOnceRetriesAFailureLaterAndRecoversACrashedSend() {
    Cast c = new Cast();
    Workflow w = c.w;
    w.submit(); // two notifications: both beheerders
    List<Notification> pending = w.notifications.pendingMail(100);
    assertThat(pending).hasSize(2);
    UUID sent = pending.get(0).id();
    UUID failing = pending.get(1).id();

    assertThat(w.notifications.claimMail(sent)).isTrue();
    assertThat(w.notifications.claimMail(sent)).as("a second dispatcher").isFalse();
    // a dispatcher started meanwhile (another instance over the same database) skips the claimed one
    var otherInstance = new DefaultNotificationService(
        new nl.vakwijzer.accreditation.infrastructure.JdbcNotificationRepository(w.dataSource,
            nl.vakwijzer.accreditation.infrastructure.TransactionMode.LOCAL), w.clock);
    assertThat(otherInstance.pendingMail(100)).extracting(Notification::id).containsExactly(failing);
    w.notifications.mailSent(sent);
    assertThat(otherInstance.claimMail(sent)).isFalse();

    assertThat(w.notifications.claimMail(failing)).isTrue();
    w.notifications.mailFailed(failing, "Connection refused");
    assertThat(w.notifications.pendingMail(100)).isEmpty();
    w.clock.advance(Duration.ofMinutes(6));
    assertThat(w.notifications.pendingMail(100)).extracting(Notification::id).containsExactly(failing);
    assertThat(w.notifications.claimMail(failing)).isTrue();
    w.notifications.mailFailed(failing, "Connection refused");
    w.clock.advance(Duration.ofMinutes(6));
    assertThat(w.notifications.pendingMail(100)).as("second retry waits 10 minutes").isEmpty();
    w.clock.advance(Duration.ofMinutes(5));
    assertThat(otherInstance.claimMail(failing)).isTrue();
    // the claiming process dies before sending: after the claim runs out, it is sent by the next run
    w.clock.advance(Duration.ofMinutes(11));
    assertThat(w.notifications.pendingMail(100)).extracting(Notification::id).containsExactly(failing);
    assertThat(w.notifications.claimMail(failing)).isTrue();
    w.notifications.mailSent(failing);
    w.clock.advance(Duration.ofDays(2));
    assertThat(w.notifications.pendingMail(100)).isEmpty();
    assertThat(w.notifications.inbox(w.coordinator).get(0).mailedAt()).isNotNull();
    assertThat(DefaultNotificationService.retryDelay(20)).isEqualTo(Duration.ofDays(1));
  }
}
