package dev.offsync.reliability;

import dev.offsync.server.TableSchema;
import dev.offsync.testing.ReferenceService;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference server in this JVM, serving {@code notes} (soft delete, small pages, so pulls take several
 * requests) and {@code labels} (hard delete), with a {@link CommitLog} of every write it commits.
 */
final class ReferenceServer implements AutoCloseable {

  /** Rows per list page of {@code notes}. */
  static final int NOTES_PAGE_SIZE = 20;

  private final CommitLog log = new CommitLog();
  private final ReferenceService server;

  private ReferenceServer(Path folder, String jdbcUrl) {
    this.server = ReferenceService.configured(folder, builder -> {
      builder.table(TableSchema.of(NoteTable.DEFINITION).withSoftDelete(true).withPageSize(NOTES_PAGE_SIZE))
          .table(TableSchema.of(LabelTable.DEFINITION))
          .accessPolicy(log);
      return jdbcUrl == null ? builder : builder.database(jdbcUrl);
    }, List.of(NoteTable.DEFINITION, LabelTable.DEFINITION));
  }

  /** A server on a new SQLite file in the folder. */
  static ReferenceServer sqlite(Path folder) {
    return new ReferenceServer(folder, null);
  }

  /** A server on this database (another instance may share it). */
  static ReferenceServer on(Path folder, String jdbcUrl) {
    return new ReferenceServer(folder, jdbcUrl);
  }

  /** The server's base URI. */
  URI uri() {
    return server.uri();
  }

  /** The writes this instance committed. */
  CommitLog log() {
    return log;
  }

  @Override
  public void close() {
    server.close();
  }
}
