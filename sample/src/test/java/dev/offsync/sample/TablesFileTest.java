package dev.offsync.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItemTable;
import dev.offsync.server.TableSchema;
import dev.offsync.server.internal.schema.SchemaFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code sample/tables.json}, the schema the standalone server is started with, matches the model. */
class TablesFileTest {

  @Test
  void theSchemaFileServesTheModelsSyncedColumnsWithSoftDelete() {
    List<TableSchema> file = SchemaFile.read(Path.of("tables.json"));

    assertThat(file).usingRecursiveFieldByFieldElementComparatorIgnoringFields("columns")
        .containsExactly(TableSchema.of(TodoItemTable.DEFINITION).withSoftDelete(true),
            TableSchema.of(TagTable.DEFINITION).withSoftDelete(true));
    for (int i = 0; i < file.size(); i++) {
      TableSchema model = i == 0 ? TableSchema.of(TodoItemTable.DEFINITION) : TableSchema.of(TagTable.DEFINITION);
      assertThat(file.get(i).columns()).extracting(c -> c.name() + " " + c.type())
          .containsExactlyElementsOf(model.columns().stream().map(c -> c.name() + " " + c.type()).toList());
    }
  }
}
