package nl.vakwijzer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationKind;
import nl.vakwijzer.accreditation.api.NotificationsStored;
import nl.vakwijzer.accreditation.api.Reminder;
import nl.vakwijzer.accreditation.domain.AuditRecord;
import nl.vakwijzer.accreditation.domain.NotificationRepository;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.Role;

/**
 * Turns the audit records of one workflow step into notifications for the people who must act or
 * are told an outcome, and stores them with the step (called by {@link DefaultAccreditationService}
 * inside its transaction, before the application is saved). Recipients are resolved when the step
 * happens: beheerders and besluitnemers by role, a provider's users by organisation (active
 * accounts only), auditors by their assignment. Whoever took the step is never notified of it.
 */
@ApplicationScoped
class NotificationOutbox {
  @Inject NotificationRepository notifications;
  @Inject AccountService accounts;
  @Inject Event<NotificationsStored> stored;

  /** For the CDI proxy. */
  NotificationOutbox() {}

  /** Outside the container (tests): no event is fired. */
  NotificationOutbox(NotificationRepository notifications, AccountService accounts) {
    this.notifications = notifications;
    this.accounts = accounts;
  }

  /** Stores the notifications of the step whose audit records (not yet saved) are given. */
  List<Notification> afterStep(ApplicationView after, List<AuditRecord> step) {
    List<Notification> out = new ArrayList<>();
    Recipients people = new Recipients(accounts.list());
    for (AuditRecord r : step) {
      Map<String, Object> d = r.details();
      switch (r.action()) {
        case "RECEIVED" -> add(out, after, r, NotificationKind.INTAKE, people.withRole(Role.BEHEERDER), Map.of());
        case "RETURNED_TO_PROVIDER" -> add(out, after, r, NotificationKind.RETURNED, people.ofProvider(after),
            Map.of("reasons", text(d.get("reasons"))));
        case "AUDITOR_ASSIGNED" -> add(out, after, r, NotificationKind.ASSIGNED, Set.of(account(d.get("auditor"))),
            Map.of("role", text(d.get("role"))));
        case "OBJECTION_HANDLER_ASSIGNED" -> add(out, after, r, NotificationKind.OBJECTION_ASSIGNED,
            Set.of(account(d.get("auditor"))), Map.of());
        case "RECUSED" -> add(out, after, r, NotificationKind.RECUSED, people.withRole(Role.BEHEERDER),
            Map.of("role", text(d.get("role"))));
        case "DECIDED" -> add(out, after, r, NotificationKind.DECIDED, people.ofProvider(after),
            Map.of("state", text(d.get("outcome"))));
        case "CONDITION_EVIDENCE_SUBMITTED" -> add(out, after, r, NotificationKind.CONDITION_EVIDENCE, reviewers(after), Map.of());
        case "CONDITION_CHECKED" -> add(out, after, r,
            Boolean.TRUE.equals(d.get("met")) ? NotificationKind.CONDITION_MET : NotificationKind.CONDITION_NOT_MET,
            people.ofProvider(after), Map.of());
        case "ACCREDITATION_ENDED" -> {
          boolean lapsed = "accreditation.condition.lapsed".equals(d.get("reason"));
          add(out, after, r, lapsed ? NotificationKind.CONDITION_LAPSED : NotificationKind.ENDED, people.ofProvider(after),
              Map.of("state", text(d.get("state"))));
        }
        case "OBJECTION_LODGED" -> add(out, after, r, NotificationKind.OBJECTION_LODGED, people.withRole(Role.BEHEERDER), Map.of());
        case "OBJECTION_DECIDED" -> add(out, after, r,
            "GEHANDHAAFD".equals(text(d.get("outcome"))) ? NotificationKind.OBJECTION_UPHELD : NotificationKind.OBJECTION_CHANGED,
            people.ofProvider(after), Map.of("state", after.state().name()));
        case "STATE_CHANGED" -> {
          Object to = d.get("to");
          if (to == ApplicationState.ADVIES) {
            add(out, after, r, NotificationKind.ADVICE_DUE, lead(after), Map.of());
          } else if (to == ApplicationState.BESLUIT) {
            Set<AccountId> deciders = after.decisionMaker() != null ? Set.of(after.decisionMaker())
                : people.withRole(Role.BESLUITNEMER);
            add(out, after, r, NotificationKind.DECISION_DUE, deciders, Map.of());
          }
        }
        default -> { }
      }
    }
    store(out);
    return out;
  }

  /** Stores the reminder for the provider's users (called with the reminder's record, in its transaction). */
  List<Notification> reminder(ApplicationView application, Reminder reminder, Instant at) {
    List<Notification> out = new ArrayList<>();
    Recipients people = new Recipients(accounts.list());
    for (AccountId to : people.ofProvider(application)) {
      out.add(new Notification(UUID.randomUUID(), to, application.id(), NotificationKind.REMINDER, application.moduleTitle(),
          Map.of("daysBefore", String.valueOf(reminder.daysBefore()), "validUntil", reminder.validUntil().toString()),
          at, null, null));
    }
    store(out);
    return out;
  }

  private void store(List<Notification> out) {
    if (out.isEmpty()) {
      return;
    }
    notifications.add(out);
    if (stored != null) {
      stored.fire(new NotificationsStored(out.size()));
    }
  }

  private static void add(List<Notification> out, ApplicationView a, AuditRecord r, NotificationKind kind,
      Set<AccountId> recipients, Map<String, String> arguments) {
    for (AccountId to : recipients) {
      if (to != null && !to.equals(r.actor())) {
        out.add(new Notification(UUID.randomUUID(), to, a.id(), kind, a.moduleTitle(), arguments, r.at(), null, null));
      }
    }
  }

  private static Set<AccountId> lead(ApplicationView a) {
    return activeAuditors(a, x -> x.role() == AssignmentRole.LEAD);
  }

  private static Set<AccountId> reviewers(ApplicationView a) {
    return activeAuditors(a, x -> x.role() == AssignmentRole.LEAD || x.role() == AssignmentRole.SECOND);
  }

  private static Set<AccountId> activeAuditors(ApplicationView a, Predicate<Assignment> which) {
    Set<AccountId> out = new LinkedHashSet<>();
    a.assignments().stream().filter(Assignment::isActive).filter(which).forEach(x -> out.add(x.auditor()));
    return out;
  }

  private static AccountId account(Object value) {
    return value instanceof AccountId id ? id : value == null ? null : new AccountId(UUID.fromString(value.toString()));
  }

  private static String text(Object value) {
    return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
  }

  /** The active accounts, read once per step. */
  private record Recipients(List<AccountSummary> all) {
    Set<AccountId> withRole(Role role) {
      Set<AccountId> out = new LinkedHashSet<>();
      all.stream().filter(a -> a.active() && a.hasRole(role)).forEach(a -> out.add(a.id()));
      return out;
    }

    Set<AccountId> ofProvider(ApplicationView application) {
      Set<AccountId> out = new LinkedHashSet<>();
      all.stream()
          .filter(a -> a.active() && a.hasRole(Role.AANBIEDER))
          .filter(a -> a.organisation().map(OrganisationSummary::id).filter(application.provider()::equals).isPresent())
          .forEach(a -> out.add(a.id()));
      return out;
    }
  }
}
