package dev.offsync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasyncServerTest {

  private static final TableSchema NOTES = TableSchema.of("notes", List.of(
      ColumnDefinition.of("text", ColumnType.STRING), ColumnDefinition.of("owner", ColumnType.STRING)));

  @Test
  void builderFailsFastNamingTheMissingSetting() {
    assertThatThrownBy(() -> DatasyncServer.builder().database("jdbc:sqlite:x.db").build())
        .hasMessageContaining("No tables");
    assertThatThrownBy(() -> DatasyncServer.builder().table(NOTES).build()).hasMessageContaining("No database");
    assertThatThrownBy(() -> DatasyncServer.builder().table(NOTES).table(NOTES))
        .hasMessageContaining("added twice");
    assertThatThrownBy(() -> DatasyncServer.builder().table(NOTES.withOwnerColumn("owner"))
        .database("jdbc:sqlite:x.db").build()).hasMessageContaining("authenticator");
    assertThatThrownBy(() -> DatasyncServer.builder().port(-1)).hasMessageContaining("port");
    assertThatThrownBy(() -> DatasyncServer.builder().pageSize(0)).hasMessageContaining("pageSize");
  }

  @Test
  void unsupportedDatabaseIsAClearStartError() {
    DatasyncServer server = DatasyncServer.builder().table(NOTES).database("jdbc:mysql://x/y").build();
    assertThatThrownBy(server::start).hasMessageContaining("jdbc:sqlite:");
  }

  @Test
  void tableSchemaChecksItsColumns() {
    assertThatThrownBy(() -> TableSchema.of("t", List.of(ColumnDefinition.of("updatedat", ColumnType.LONG))))
        .hasMessageContaining("system column");
    assertThatThrownBy(() -> TableSchema.of("t", List.of(new ColumnDefinition("x", ColumnType.STRING, true, true,
        false)))).hasMessageContaining("local-only");
    assertThatThrownBy(() -> NOTES.withOwnerColumn("nothing")).hasMessageContaining("owner column 'nothing'");
    assertThat(NOTES.withSoftDelete(true).withPageSize(5).softDelete()).isTrue();
  }
}
