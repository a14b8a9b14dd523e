package dev.offsync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting and stopping a server in-process, on an in-memory SQLite database. */
class DatasyncServerIT {

  private static final TableSchema NOTES = TableSchema.of("notes", List.of(
      ColumnDefinition.of("text", ColumnType.STRING)));

  @Test
  void portIsOnlyKnownWhileRunning() {
    DatasyncServer server = DatasyncServer.builder().table(NOTES).database("jdbc:sqlite::memory:").build();
    assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
    try (DatasyncServer running = server.start()) {
      assertThat(running.port()).isPositive();
      assertThat(running.uri().toString()).isEqualTo("http://127.0.0.1:" + running.port());
      assertThatThrownBy(running::start).hasMessageContaining("started already");
    }
  }
}
