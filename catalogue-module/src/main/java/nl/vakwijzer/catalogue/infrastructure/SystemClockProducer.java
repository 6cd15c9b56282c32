package nl.vakwijzer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The module's clock; tests of timed behaviour replace it with a fixed one. */
@ApplicationScoped
class SystemClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
