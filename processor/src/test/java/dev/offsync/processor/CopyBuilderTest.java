package dev.offsync.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record's generated copy builder changes the components it is told to and keeps every other one. */
class CopyBuilderTest {

  private static CompiledModels models;
  private static TableDefinition<Object> notes;

  @TempDir
  Path dir;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    // Components named "build" and "item" would clash with a naive builder's method and parameter.
    models = new CompiledModels(TestCompiler.compile(JavaFileObjects.forSourceLines("c.Note",
        "package c;",
        "import dev.offsync.annotations.Id;",
        "import dev.offsync.annotations.SyncTable;",
        "import dev.offsync.annotations.Version;",
        "@SyncTable(\"notes\")",
        "public record Note(@Id String id, String title, int build, String item, boolean done,",
        "    @Version String version) {}")));
    notes = models.definition("c.NoteTable");
  }

  @Test
  void copyChangesOneComponentAndKeepsTheRest() throws Exception {
    Object original = note("n1", "draft", 3, "pen", false, "v1");
    Object copy = copy(original).invoke("title", String.class, "final").invoke("done", boolean.class, true).build();
    assertThat(copy).isEqualTo(note("n1", "final", 3, "pen", true, "v1"));
    assertThat(original).isEqualTo(note("n1", "draft", 3, "pen", false, "v1"));
  }

  @Test
  void componentsNamedLikeTheBuilderMethodsAreSettable() throws Exception {
    Object copy = copy(note("n2", "t", 1, "cup", false, null))
        .invoke("build", int.class, 9).invoke("item", String.class, "mug").build();
    assertThat(copy).isEqualTo(note("n2", "t", 9, "mug", false, null));
  }

  @Test
  void aCopyIsStoredAndReadBackThroughTheRowCodec() throws Exception {
    Object copy = copy(note("n3", "a", 1, null, false, null)).invoke("title", String.class, "b").build();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("notes.db"))) {
      SqliteTables.create(db, notes);
      SqliteTables.insert(db, notes, copy, SystemProperties.local("n3"));
      Decoded<Object> stored = SqliteTables.select(db, notes, "n3");
      assertThat(stored.entity()).isEqualTo(copy);
    }
  }

  private static Object note(String id, String title, int build, String item, boolean done, String version)
      throws ReflectiveOperationException {
    return models.loadClass("c.Note")
        .getConstructor(String.class, String.class, int.class, String.class, boolean.class, String.class)
        .newInstance(id, title, build, item, done, version);
  }

  private static Copy copy(Object note) throws ReflectiveOperationException {
    Class<?> table = models.loadClass("c.NoteTable");
    return new Copy(table.getMethod("copy", models.loadClass("c.Note")).invoke(null, note));
  }

  /** The generated {@code NoteTable.Copy}, called reflectively as the test compiles it at run time. */
  private record Copy(Object builder) {

    Copy invoke(String setter, Class<?> type, Object value) throws ReflectiveOperationException {
      Method method = builder.getClass().getMethod(setter, type);
      assertThat(method.getReturnType()).isEqualTo(builder.getClass());
      return new Copy(method.invoke(builder, value));
    }

    Object build() throws ReflectiveOperationException {
      return builder.getClass().getMethod("build_").invoke(builder);
    }
  }
}
