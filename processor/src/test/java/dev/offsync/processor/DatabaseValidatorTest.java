package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link DatabaseValidator} and {@link QueryValidator} on a {@code bad/db/} fixture: the message with
 * its fix, the file and the line. The processor's tests run without the runtime, so nothing is generated here.
 */
class DatabaseValidatorTest {

  private static final String COLUMNS = "id, updatedAt, version, title, complete, dueDate, priority";

  @Test
  void anUnknownColumnIsReportedWithItsPosition() {
    expectError("UnknownColumn", "The filter of @Query method 'byTitle' is invalid at position 22: Unknown field"
        + " 'titel'", "filter = \"complete eq false and titel");
  }

  @Test
  void aParameterOfTheWrongTypeIsReported() {
    Compilation compilation = compile("WrongParameterType");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("The filter of @Query method 'dueBy' is invalid at position")
        .inFile(fixture("WrongParameterType")).onLineContaining("filter = \"dueDate le :day\"");
    assertThat(compilation).hadErrorContaining("Cannot compare a date");
  }

  @Test
  void anUnknownParameterIsReportedAtItsColon() {
    expectError("UnknownParameter", "The filter of @Query method 'named' is invalid at position 9: Unknown"
        + " parameter :name.", "filter = \"title eq :name\"");
  }

  @Test
  void aSyntaxErrorIsReportedWithItsPosition() {
    Compilation compilation = compile("SyntaxError");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("The filter of @Query method 'open' is invalid at position 12:")
        .inFile(fixture("SyntaxError")).onLineContaining("filter = \"complete eq eq false\"");
    assertThat(compilation).hadErrorContaining("Fix the filter: the table's columns are " + COLUMNS);
  }

  @Test
  void unusedParametersBadOrdersAndCountsWithoutTableAreReported() {
    Compilation compilation = compile("UnusedParameterAndBadOrder");
    JavaFileObject file = fixture("UnusedParameterAndBadOrder");
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining(Diagnostics.unusedQueryParameter("open", "limit"))
        .inFile(file).onLineContaining("int limit");
    assertThat(compilation).hadErrorContaining("The orderBy of @Query method 'open' is invalid at position")
        .inFile(file).onLineContaining("orderBy = \"dueDate sideways\"");
    assertThat(compilation).hadErrorContaining(Diagnostics.countNeedsTable("countOpen"))
        .inFile(file).onLineContaining("@Query(filter = \"complete eq false\")");
  }

  @Test
  void methodsReturningWrongTypesAreReported() {
    Compilation compilation = compile("WrongReturnTypes");
    JavaFileObject file = fixture("WrongReturnTypes");
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining(Diagnostics.notADaoMethod("all",
        "java.util.Map<java.lang.String,bad.db.Task>", "TaskDao")).inFile(file).onLineContaining("all();");
    assertThat(compilation).hadErrorContaining(Diagnostics.queryReturnType("done", "java.util.Set<bad.db.Task>",
        "Task")).inFile(file).onLineContaining("done();");
    assertThat(compilation).hadErrorContaining(Diagnostics.queryReturnType("firstTitle", "java.lang.String",
        "Task")).inFile(file).onLineContaining("firstTitle();");
  }

  @Test
  void aDatabaseMustBeAnInterface() {
    expectError("DatabaseClass", Diagnostics.databaseNotInterface("DatabaseClass", "a class"),
        "public abstract class DatabaseClass");
  }

  @Test
  void aTableListedTwiceOrNotATableIsReportedAtItsClassLiteral() {
    Compilation compilation = compile("ListedTwice");
    JavaFileObject file = fixture("ListedTwice");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(Diagnostics.tableListedTwice("bad.db.Task"))
        .inFile(file).onLineContaining("@SyncDatabase");
    assertThat(compilation).hadErrorContaining(Diagnostics.notASyncTable("java.lang.String"))
        .inFile(file).onLineContaining("@SyncDatabase");
  }

  @Test
  void aValidDatabaseWithoutTheRuntimeSaysWhatIsMissing() {
    expectError("NoRuntime", Diagnostics.runtimeMissing("NoRuntime"), "public interface NoRuntime");
  }

  @Test
  void daoAccessorsWithoutTheRuntimeSayTheRuntimeIsMissing() {
    Compilation compilation = compile("NoRuntimeDaos");
    assertThat(compilation).hadErrorContaining(Diagnostics.runtimeMissing("NoRuntimeDaos"))
        .inFile(fixture("NoRuntimeDaos")).onLineContaining("public interface NoRuntimeDaos");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void syncDaoMethodsAreCheckedAgainstTheDatabaseTablesAndCollectionsOnlyInInLists() {
    Compilation compilation = compile("BadDaos");
    JavaFileObject file = fixture("BadDaos");
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining(Diagnostics.notAQueryMethod("refresh", "Queries"))
        .inFile(file).onLineContaining("void refresh();");
    assertThat(compilation).hadErrorContaining("The filter of @Query method 'dueOn' is invalid at position 8:"
        + " Cannot compare a date with a string in the list of values :days").inFile(file)
        .onLineContaining("filter = \"dueDate in (:days)\"");
    assertThat(compilation).hadErrorContaining("The filter of @Query method 'titled' is invalid at position 9:"
        + " The collection parameter :titles stands only alone in an 'in' list: field in (:titles)").inFile(file)
        .onLineContaining("filter = \"title eq :titles\"");
    assertThat(compilation).hadErrorContaining(Diagnostics.daoNotInterface("Helper", "a class"))
        .inFile(file).onLineContaining("abstract class Helper");
  }

  @Test
  void convertersOnTheDatabaseAreCheckedAndTwoForOneTypeAreReportedOnTheDatabaseAndTheField() {
    Compilation compilation = compile("BadConverters");
    JavaFileObject file = fixture("BadConverters");
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining(Diagnostics.databaseConverter("BadConverters",
        "bad.db.BadConverters.TagsCsv", "converts java.util.List<java.lang.String> as"
            + " bad.db.BadConverters.TagsJson does")).inFile(file).onLineContaining("converters = {");
    assertThat(compilation).hadErrorContaining(Diagnostics.databaseConverter("BadConverters", "java.lang.String",
        "does not implement dev.offsync.schema.ColumnConverter")).inFile(file).onLineContaining("String.class");
    assertThat(compilation).hadErrorContaining(Diagnostics.databaseConverter("BadConverters",
        "bad.db.BadConverters.Chars", "stores char[]: not a column type")).inFile(file)
        .onLineContaining("BadConverters.Chars.class");
    assertThat(compilation).hadErrorContaining(Diagnostics.ambiguousConverters("tags",
        "java.util.List<java.lang.String>", "bad.db.BadConverters.TagsJson (on bad.db.BadConverters),"
            + " bad.db.BadConverters.TagsCsv (on bad.db.BadConverters)")).inFile(file)
        .onLineContaining("record Tagged");
  }

  private static void expectError(String name, String message, String line) {
    Compilation compilation = compile(name);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(fixture(name)).onLineContaining(line);
  }

  private static Compilation compile(String name) {
    return TestCompiler.compileResources("bad/db/Task.java", "bad/db/" + name + ".java");
  }

  private static JavaFileObject fixture(String name) {
    return TestCompiler.resource("bad/db/" + name + ".java");
  }
}
