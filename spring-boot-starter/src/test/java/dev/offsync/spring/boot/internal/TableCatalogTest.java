package dev.offsync.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.TableSchema;
import dev.offsync.spring.boot.OffsyncProperties.TableOptions;
import dev.offsync.spring.boot.testapp.Note;
import dev.offsync.spring.boot.testapp.NoteTable;
import dev.offsync.spring.boot.testapp.Task;
import dev.offsync.spring.boot.testapp.TaskTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tables from models, generated tables, definitions and schemas, with their options. */
class TableCatalogTest {

  @Test
  void aModelOrItsGeneratedTableGivesTheGeneratedDefinition() {
    assertThat(TableCatalog.definitionOf(Task.class)).isSameAs(TaskTable.DEFINITION);
    assertThat(TableCatalog.definitionOf(TaskTable.class)).isSameAs(TaskTable.DEFINITION);
  }

  @Test
  void tablesKeepTheirOrderAndTakeTheirOptions() {
    TableOptions options = new TableOptions();
    options.setOwnerColumn("owner");
    options.setPageSize(20);
    TableSchema labels = TableSchema.of("labels", List.of(ColumnDefinition.of("name", ColumnType.STRING)));

    List<TableSchema> tables = TableCatalog.resolve(List.of(Task.class), List.of(NoteTable.DEFINITION),
        List.of(labels), Map.of("notes", options));

    assertThat(tables).extracting(TableSchema::name).containsExactly("tasks", "notes", "labels");
    assertThat(tables.get(1).ownerColumn()).isEqualTo("owner");
    assertThat(tables.get(1).pageSize()).isEqualTo(20);
    assertThat(tables.get(1).softDelete()).isFalse();
    assertThat(tables.get(0)).isEqualTo(TableSchema.of(TaskTable.DEFINITION));
  }

  @Test
  void aTableListedTwiceIsRefused() {
    assertThatThrownBy(() -> TableCatalog.resolve(List.of(Note.class), List.of(NoteTable.DEFINITION), List.of(),
        Map.of())).hasMessageContaining("Offsync table 'notes' is listed twice");
  }
}
