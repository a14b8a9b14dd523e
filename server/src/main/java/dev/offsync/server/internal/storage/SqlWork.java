package dev.offsync.server.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on one connection that may fail with an {@link SQLException}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SqlWork<T> {

  /** Does the work. */
  T run(Connection connection) throws SQLException;
}
