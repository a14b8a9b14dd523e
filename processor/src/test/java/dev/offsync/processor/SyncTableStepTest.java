package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SyncTableStep} checks across types and rounds, and that one build reports every error. */
class SyncTableStepTest {

  @Test
  void twoTypesWithTheSameTableName() {
    Compilation compilation = TestCompiler.compileResources("bad/DuplicateTableName.java");
    assertThat(compilation).hadErrorContaining(Diagnostics.duplicateTableName("shared", "bad.DuplicateTableName.First"))
        .inFile(TestCompiler.resource("bad/DuplicateTableName.java"))
        .onLine(10);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoTablesInDifferentFilesWithTheSameName() {
    JavaFileObject first = JavaFileObjects.forSourceLines("q.First",
        "package q;",
        "@dev.offsync.annotations.SyncTable(\"same\")",
        "public record First(@dev.offsync.annotations.Id String id) {}");
    JavaFileObject second = JavaFileObjects.forSourceLines("q.Second",
        "package q;",
        "@dev.offsync.annotations.SyncTable(\"same\")",
        "public record Second(@dev.offsync.annotations.Id String id) {}");
    Compilation compilation = TestCompiler.compile(first, second);
    assertThat(compilation).hadErrorContaining(Diagnostics.duplicateTableName("same", "q.First"))
        .inFile(second).onLine(2);
  }

  @Test
  void nestedTypesWhoseGeneratedNamesCollide() {
    Compilation compilation = TestCompiler.compileResources("bad/SameSimpleName.java");
    assertThat(compilation).hadErrorContaining(Diagnostics.duplicateGeneratedName("bad.NoteTable",
            "bad.SameSimpleName.A.Note"))
        .inFile(TestCompiler.resource("bad/SameSimpleName.java"))
        .onLine(14);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unresolvableTypeIsReportedAtTheLastRound() {
    Compilation compilation = TestCompiler.compileResources("bad/Unresolved.java");
    assertThat(compilation).hadErrorContaining(Diagnostics.unresolvedType("Unresolved", "value", "NoSuchType"))
        .inFile(TestCompiler.resource("bad/Unresolved.java"))
        .onLineContaining("NoSuchType value");
  }

  @Test
  void anUnresolvedTypeIsDeferredAndReportedOnceWhileOthersAreGenerated(@TempDir Path dir) throws IOException {
    JavaFileObject item = JavaFileObjects.forSourceLines("q.Item",
        "package q;",
        "@dev.offsync.annotations.SyncTable",
        "public record Item(@dev.offsync.annotations.Id String id, ItemTable.Kind kind) {}");
    JavaFileObject holder = JavaFileObjects.forSourceLines("q.Holder",
        "package q;",
        "@dev.offsync.annotations.SyncTable",
        "public record Holder(@dev.offsync.annotations.Id String id) {}");
    List<String> errors = TestCompiler.compileTo(dir, item, holder);
    assertThat(errors).filteredOn(e -> e.contains("@SyncTable"))
        .containsExactly(Diagnostics.unresolvedType("Item", "kind", "ItemTable.Kind"));
    assertThat(dir.resolve("q/HolderTable.java")).exists();
    assertThat(dir.resolve("q/ItemTable.java")).doesNotExist();
  }

  @Test
  void oneBuildReportsEveryError() {
    JavaFileObject file = TestCompiler.resource("bad/ManyErrors.java");
    Compilation compilation = TestCompiler.compile(file, TestCompiler.resource("bad/MissingId.java"),
        TestCompiler.resource("bad/OnEnum.java"));
    assertThat(compilation).hadErrorContaining(Diagnostics.invalidTableName("Many", false))
        .inFile(file).onLineContaining("@SyncTable(\"Many\")");
    assertThat(compilation).hadErrorContaining(Diagnostics.noConstructor("ManyErrors"))
        .inFile(file).onLineContaining("public class ManyErrors");
    assertThat(compilation).hadErrorContaining(Diagnostics.wrongSystemType(SystemRole.ID, "id", "int"))
        .inFile(file).onLineContaining("@Id public int id");
    assertThat(compilation).hadErrorContaining(Diagnostics.unsupportedType("attributes",
        "java.util.Map<java.lang.String,java.lang.String>")).inFile(file).onLineContaining("attributes;");
    assertThat(compilation).hadErrorContaining(Diagnostics.reservedColumnName("__x", "x"))
        .inFile(file).onLineContaining("@Column(name = \"__x\")");
    assertThat(compilation).hadErrorContaining(Diagnostics.noGetter("secret", "getSecret"))
        .inFile(file).onLineContaining("private String secret");
    assertThat(compilation).hadErrorContaining(Diagnostics.noSetter("secret", "setSecret(String)", false))
        .inFile(file).onLineContaining("private String secret");
    assertThat(compilation).hadErrorContaining(Diagnostics.missingId("MissingId"));
    assertThat(compilation).hadErrorContaining(Diagnostics.notClassOrRecord("OnEnum", "an enum"));
    assertThat(compilation).hadErrorCount(9);
  }

  @Test
  void validTypesAreGeneratedBesideInvalidOnes(@TempDir Path dir) throws IOException {
    JavaFileObject good = JavaFileObjects.forSourceLines("q.Good",
        "package q;",
        "@dev.offsync.annotations.SyncTable",
        "public record Good(@dev.offsync.annotations.Id String id) {}");
    List<String> errors = TestCompiler.compileTo(dir, good, TestCompiler.resource("bad/MissingId.java"));
    assertThat(errors).containsExactly(Diagnostics.missingId("MissingId"));
    assertThat(dir.resolve("q/GoodTable.java")).exists();
    assertThat(dir.resolve("q/Good_Definition.java")).exists();
    assertThat(dir.resolve("bad/MissingIdTable.java")).doesNotExist();
  }
}
