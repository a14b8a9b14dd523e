package dev.offsync.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.JavaFileObjects;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Ignore} on record components: no column, no JSON, no typed constant; reads pass the type's default
 * (null, 0, false) to the canonical constructor, and the copy builder and {@code withSystemProperties} keep it.
 */
class IgnoredComponentTest {

  private static final JsonFactory JSON = new JsonFactory();

  private static CompiledModels models;
  private static TableDefinition<Object> notes;

  @TempDir
  Path dir;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    models = new CompiledModels(TestCompiler.compile(JavaFileObjects.forSourceLines("i.Note",
        "package i;",
        "import dev.offsync.annotations.Id;",
        "import dev.offsync.annotations.Ignore;",
        "import dev.offsync.annotations.SyncTable;",
        "import dev.offsync.annotations.Version;",
        "import java.util.List;",
        "@SyncTable(\"notes\")",
        "public record Note(@Id String id, String title, @Ignore List<String> cache, @Ignore int hits,",
        "    @Ignore boolean selected, @Ignore char mark, @Version String version) {}")));
    notes = models.definition("i.NoteTable");
  }

  @Test
  void ignoredComponentsAreNoColumnsAndNoConstants() throws ReflectiveOperationException {
    assertThat(notes.columns()).extracting(ColumnDefinition::name).containsExactly("title");
    assertThat(notes.createTableSql()).doesNotContain("cache", "hits", "selected", "mark");
    assertThat(models.loadClass("i.NoteTable").getFields()).extracting(java.lang.reflect.Field::getName)
        .containsExactlyInAnyOrder("DEFINITION", "ID", "TITLE", "VERSION");
  }

  @Test
  void jsonNeverCarriesThemAndReadsGiveTheDefaults() throws Exception {
    Object note = note("n1", "milk", List.of("a"), 7, true, 'x', "v1");
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      notes.writeJson(note, out);
    }
    assertThat(text.toString()).isEqualTo("{\"id\":\"n1\",\"title\":\"milk\",\"version\":\"v1\"}");
    try (JsonParser in = JSON.createParser("{\"id\":\"n1\",\"title\":\"milk\",\"hits\":9,\"cache\":[\"b\"]}")) {
      in.nextToken();
      assertThat(notes.readJson(in).entity()).isEqualTo(note("n1", "milk", null, 0, false, '\0', null));
    }
  }

  @Test
  void rowsReadGiveTheDefaultsAndCopiesKeepTheValue() throws Exception {
    Object note = note("n2", "pen", List.of("a"), 3, true, 'y', null);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("notes.db"))) {
      SqliteTables.create(db, notes);
      SqliteTables.insert(db, notes, note, SystemProperties.local("n2"));
      Decoded<Object> stored = SqliteTables.select(db, notes, "n2");
      assertThat(stored.entity()).isEqualTo(note("n2", "pen", null, 0, false, '\0', null));
    }
    Object withSystem = notes.withSystemProperties(note, new SystemProperties("n2", null, "v9", false));
    assertThat(withSystem).isEqualTo(note("n2", "pen", List.of("a"), 3, true, 'y', "v9"));
  }

  private static Object note(String id, String title, List<String> cache, int hits, boolean selected, char mark,
      String version) throws ReflectiveOperationException {
    return models.loadClass("i.Note")
        .getConstructor(String.class, String.class, List.class, int.class, boolean.class, char.class, String.class)
        .newInstance(id, title, cache, hits, selected, mark, version);
  }
}
