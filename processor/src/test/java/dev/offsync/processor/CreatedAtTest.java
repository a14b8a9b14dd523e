package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.TableDefinition;
import java.io.StringWriter;
import java.time.Instant;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @CreatedAt}: a service-owned {@code createdAt} column, read from JSON and never written to it. */
class CreatedAtTest {

  private static final JsonFactory JSON = new JsonFactory();

  private static CompiledModels models;
  private static TableDefinition<Object> notes;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    models = new CompiledModels(TestCompiler.compile(JavaFileObjects.forSourceLines("k.Note",
        "package k;",
        "import dev.offsync.annotations.*;",
        "import java.time.Instant;",
        "@SyncTable(\"notes\")",
        "public record Note(@Id String id, String text, @CreatedAt Instant created, @Version String version) {}")));
    notes = models.definition("k.NoteTable");
  }

  @Test
  void theColumnIsNamedCreatedAtAndOwnedByTheService() {
    assertThat(notes.columns()).containsExactly(ColumnDefinition.of("text", ColumnType.STRING),
        new ColumnDefinition("createdAt", ColumnType.DATETIME, true, false, false, true));
  }

  @Test
  void pushesNeverSendItAndPullsReadIt() throws Exception {
    Instant created = Instant.parse("2026-12-02T09:00:00.123Z");
    Object note = models.loadClass("k.Note").getConstructor(String.class, String.class, Instant.class, String.class)
        .newInstance("n1", "milk", created, "v1");
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      notes.writeJson(note, out);
    }
    assertThat(text.toString()).isEqualTo("{\"id\":\"n1\",\"text\":\"milk\",\"version\":\"v1\"}");
    try (JsonParser in = JSON.createParser("{\"id\":\"n1\",\"text\":\"milk\",\"createdAt\":\"2026-12-02T09:00:00.123Z\","
        + "\"version\":\"v1\"}")) {
      in.nextToken();
      assertThat(notes.readJson(in).entity()).isEqualTo(note);
    }
  }

  @Test
  void aWrongTypeOrAnotherColumnOptionIsAnErrorOnTheField() {
    JavaFileObject bad = JavaFileObjects.forSourceLines("k.Bad",
        "package k;",
        "import dev.offsync.annotations.*;",
        "import java.time.Instant;",
        "@SyncTable",
        "public record Bad(@Id String id,",
        "    @CreatedAt String made,",
        "    @CreatedAt @LocalOnly Instant seen) {}");

    Compilation compilation = TestCompiler.compile(bad);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(Diagnostics.wrongCreatedAtType("made", "java.lang.String"))
        .inFile(bad).onLineContaining("@CreatedAt String made");
    assertThat(compilation).hadErrorContaining(Diagnostics.notOnCreatedAt(TypeNames.LOCAL_ONLY, "seen"))
        .inFile(bad).onLineContaining("@LocalOnly Instant seen");
  }
}
