package dev.offsync.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.JavaFileObjects;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields of superclasses are columns: an abstract base with the system properties behind public accessors in
 * another package (CommunityToolkit's {@code EntityTableData} shape), and a generic two-level hierarchy.
 */
class SuperclassColumnsTest {

  private static final Instant UPDATED = Instant.parse("2024-05-06T07:08:09.010Z");
  private static CompiledModels models;

  @TempDir
  Path dir;

  @BeforeAll
  static void compile() {
    models = new CompiledModels(TestCompiler.compile(
        JavaFileObjects.forSourceLines("h.base.SyncEntity",
            "package h.base;",
            "import dev.offsync.annotations.*;",
            "import java.time.Instant;",
            "public abstract class SyncEntity {",
            "  @Id private String id;",
            "  @UpdatedAt private Instant updatedAt;",
            "  @Version private String version;",
            "  @Deleted private boolean deleted;",
            "  public String getId() { return id; }",
            "  public void setId(String id) { this.id = id; }",
            "  public Instant getUpdatedAt() { return updatedAt; }",
            "  public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }",
            "  public String getVersion() { return version; }",
            "  public void setVersion(String version) { this.version = version; }",
            "  public boolean isDeleted() { return deleted; }",
            "  public void setDeleted(boolean deleted) { this.deleted = deleted; }",
            "}"),
        JavaFileObjects.forSourceLines("h.Task",
            "package h;",
            "import dev.offsync.annotations.SyncTable;",
            "@SyncTable(\"tasks\")",
            "public class Task extends h.base.SyncEntity {",
            "  public String title;",
            "  public int priority;",
            "}"),
        JavaFileObjects.forSourceLines("h.Keyed",
            "package h;",
            "import dev.offsync.annotations.Id;",
            "public abstract class Keyed<K> { @Id K id; }"),
        JavaFileObjects.forSourceLines("h.Stamped",
            "package h;",
            "import dev.offsync.annotations.Version;",
            "public abstract class Stamped<K> extends Keyed<K> { @Version String version; }"),
        JavaFileObjects.forSourceLines("h.Note",
            "package h;",
            "import dev.offsync.annotations.SyncTable;",
            "@SyncTable(\"notes\")",
            "public class Note extends Stamped<String> { String text; }")));
  }

  @Test
  void baseClassSystemPropertiesAndSubclassColumnsAreStored() throws Exception {
    TableDefinition<Object> tasks = models.definition("h.TaskTable");
    assertThat(tasks.columns()).containsExactly(ColumnDefinition.of("title", ColumnType.STRING),
        new ColumnDefinition("priority", ColumnType.INT, false, false, false));
    Object task = models.loadClass("h.Task").getConstructor().newInstance();
    set(task, "title", "Write tests");
    set(task, "priority", 2);
    SystemProperties system = new SystemProperties("t1", UPDATED, "v1", false);
    task = tasks.withSystemProperties(task, system);
    assertThat(tasks.systemProperties(task)).isEqualTo(system);
    assertThat(json(tasks, task)).isEqualTo("{\"id\":\"t1\",\"updatedAt\":\"2024-05-06T07:08:09.010Z\","
        + "\"version\":\"v1\",\"deleted\":false,\"title\":\"Write tests\",\"priority\":2}");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tasks.db"))) {
      SqliteTables.create(db, tasks);
      SqliteTables.insert(db, tasks, task, system);
      Decoded<Object> stored = SqliteTables.select(db, tasks, "t1");
      assertThat(json(tasks, stored.entity())).isEqualTo(json(tasks, task));
    }
  }

  @Test
  void genericMultiLevelHierarchyBindsTheTypeParameter() throws Exception {
    TableDefinition<Object> notes = models.definition("h.NoteTable");
    assertThat(notes.columns()).containsExactly(ColumnDefinition.of("text", ColumnType.STRING));
    String json = "{\"id\":\"n1\",\"version\":\"v2\",\"text\":\"hello\"}";
    Object note;
    try (JsonParser in = new JsonFactory().createParser(json)) {
      in.nextToken();
      note = notes.readJson(in).entity();
    }
    assertThat(notes.systemProperties(note).id()).isEqualTo("n1");
    assertThat(notes.systemProperties(note).version()).isEqualTo("v2");
    assertThat(models.loadClass("h.NoteTable").getField("ID").getType().getSimpleName()).isEqualTo("StringField");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("notes.db"))) {
      SqliteTables.create(db, notes);
      SqliteTables.insert(db, notes, note, notes.systemProperties(note));
      assertThat(json(notes, SqliteTables.select(db, notes, "n1").entity())).contains("\"text\":\"hello\"");
    }
  }

  private static void set(Object entity, String field, Object value) throws ReflectiveOperationException {
    entity.getClass().getField(field).set(entity, value);
  }

  private static String json(TableDefinition<Object> definition, Object entity) throws Exception {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
      definition.writeJson(entity, out);
    }
    return text.toString();
  }
}
