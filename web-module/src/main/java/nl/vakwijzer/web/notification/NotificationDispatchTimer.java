package nl.vakwijzer.web.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every minute: e-mails what the after-commit dispatch did not (a failed send whose pause is
 * over, a claim left by a crash, anything stored while the server went down).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDispatchTimer {
  @Inject NotificationDispatcher dispatcher;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    dispatcher.dispatch();
  }
}
