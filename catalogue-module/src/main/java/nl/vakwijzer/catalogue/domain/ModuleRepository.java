package nl.vakwijzer.catalogue.domain;

import java.util.function.Function;

/**
 * Storage of provider modules, their versions, claims and attachments. Work runs in a {@link
 * ModuleSession} on one connection: committed by the repository on a plain DataSource (tests,
 * tools), by the surrounding JTA transaction in the container.
 */
public interface ModuleRepository {
  <T> T read(Function<ModuleSession, T> work);

  <T> T write(Function<ModuleSession, T> work);
}
