package dev.offsync.server;

/**
 * Chooses where each table's rows live: a {@link Repository} of the application's, or the server's built-in
 * JDBC store. Called once per served table when the server is built.
 */
@FunctionalInterface
public interface RepositoryProvider {

  /** The provider that keeps every table in the built-in store. */
  RepositoryProvider BUILT_IN = table -> null;

  /** The repository of {@code table}, or null to keep it in the built-in JDBC store. */
  Repository repository(TableSchema table);
}
