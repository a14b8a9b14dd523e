package dev.offsync.server.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.TableSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor's schema resources as the server's tables, and the server-side table options. */
class ModelResourcesTest {

  private static final String TAGS = """
      {"name": "tags", "entity": "x.Tag", "columns": [
        {"name": "label", "type": "string", "nullable": true, "localOnly": false, "indexed": false},
        {"name": "weight", "type": "int", "nullable": false, "localOnly": false, "indexed": true},
        {"name": "cache", "type": "bytes", "nullable": true, "localOnly": true, "indexed": false}],
       "schemaHash": "00"}
      """;

  @TempDir
  Path temp;

  @Test
  void readsTheResourcesTheProcessorWroteForTheTestModels() {
    List<TableSchema> tables = ModelResources.read(Path.of("target", "test-classes"));
    assertThat(tables).extracting(TableSchema::name).contains("todoitems");
    TableSchema todo = tables.stream().filter(t -> t.name().equals("todoitems")).findFirst().orElseThrow();
    assertThat(todo.columns()).extracting(ColumnDefinition::name).contains("title", "complete")
        .doesNotContain("draft");
  }

  @Test
  void readsAJarAndLeavesLocalOnlyColumnsOut() throws IOException {
    Path jar = jar(ModelResources.DIRECTORY + "tags.json", TAGS);
    TableSchema tags = ModelResources.read(jar).get(0);
    assertThat(tags.name()).isEqualTo("tags");
    assertThat(tags.columns()).containsExactly(new ColumnDefinition("label", ColumnType.STRING, true, false, false),
        new ColumnDefinition("weight", ColumnType.INT, false, false, true));
  }

  @Test
  void mistakesNameTheResource() throws IOException {
    Path bad = jar(ModelResources.DIRECTORY + "tags.json", TAGS.replace("\"int\"", "\"integer\""));
    assertThatThrownBy(() -> ModelResources.read(bad)).hasMessageContaining("tags.json")
        .hasMessageContaining("column 'weight'");
    Path empty = jar("other.txt", "x");
    assertThatThrownBy(() -> ModelResources.read(empty)).hasMessageContaining("hold no META-INF/offsync/schemas");
    assertThatThrownBy(() -> ModelResources.read(temp.resolve("missing.jar"))).hasMessageContaining("missing.jar");
  }

  @Test
  void tableOptionsSetWhatTheModelDoesNotHold() throws IOException {
    List<TableSchema> tables = ModelResources.read(jar(ModelResources.DIRECTORY + "tags.json", TAGS));
    Path options = Files.writeString(temp.resolve("options.json"),
        "{\"tags\": {\"softDelete\": true, \"pageSize\": 5, \"ownerColumn\": \"label\"}}");
    TableSchema tags = TableOptions.apply(options, tables).get(0);
    assertThat(tags.softDelete()).isTrue();
    assertThat(tags.pageSize()).isEqualTo(5);
    assertThat(tags.ownerColumn()).isEqualTo("label");
    Path unknown = Files.writeString(temp.resolve("unknown.json"), "{\"notes\": {\"softDelete\": true}}");
    assertThatThrownBy(() -> TableOptions.apply(unknown, tables)).hasMessageContaining("table 'notes'");
    Path typo = Files.writeString(temp.resolve("typo.json"), "{\"tags\": {\"softdelete\": true}}");
    assertThatThrownBy(() -> TableOptions.apply(typo, tables)).hasMessageContaining("'softdelete'");
  }

  private Path jar(String entry, String text) throws IOException {
    Path jar = Files.createTempFile(temp, "models", ".jar");
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }
}
