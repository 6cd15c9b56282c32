package nl.vakwijzer.catalogue.domain;

import java.util.function.Function;

/**
 * Storage for the beheerder's version work. The rules live in the application layer; they run
 * against a {@link FrameworkEditSession}, one connection and one unit of work, so that every
 * operation is all or nothing and its locks hold until it ends.
 */
public interface FrameworkEditingRepository {

  /** Runs read-only work. */
  <T> T read(Function<FrameworkEditSession, T> work);

  /**
   * Runs work that changes data as one unit: committed when it returns, rolled back when it
   * throws (in the container, the surrounding JTA transaction decides).
   */
  <T> T write(Function<FrameworkEditSession, T> work);
}
