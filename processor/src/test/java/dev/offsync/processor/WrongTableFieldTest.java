package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A field of another table does not compile in a query: the generated constants carry their entity type. */
class WrongTableFieldTest {

  private static final JavaFileObject ITEM_MODEL = JavaFileObjects.forSourceLines("w.TodoItem",
      "package w;",
      "import dev.offsync.annotations.*;",
      "@SyncTable",
      "public record TodoItem(@Id String id, String title, boolean complete) {}");
  private static final JavaFileObject TAG_MODEL = JavaFileObjects.forSourceLines("w.Tag",
      "package w;",
      "import dev.offsync.annotations.*;",
      "@SyncTable",
      "public record Tag(@Id String id, String name) {}");

  @Test
  void aFieldOfAnotherTableInATodoItemQueryIsACompileError() {
    // where(...) has LocalQuery<TodoItem>.where's parameter type, so the runtime need not be on the class path.
    JavaFileObject screen = JavaFileObjects.forSourceLines("w.Screen",
        "package w;",
        "import dev.offsync.query.Filter;",
        "class Screen {",
        "  void where(Filter<? super TodoItem> filter) {}",
        "  void show() {",
        "    where(TodoItemTable.TITLE.eq(\"x\").and(TodoItemTable.COMPLETE.isFalse()));",
        "    where(TagTable.NAME.eq(\"x\"));",
        "  }",
        "}");

    Compilation compilation = TestCompiler.compile(ITEM_MODEL, TAG_MODEL, screen);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("Filter<w.Tag> cannot be converted to "
        + "dev.offsync.query.Filter<? super w.TodoItem>").inFile(screen).onLine(7);
  }

  @Test
  void combiningFiltersOfTwoTablesIsACompileError() {
    JavaFileObject screen = JavaFileObjects.forSourceLines("w.Mixed",
        "package w;",
        "import dev.offsync.query.Filter;",
        "class Mixed {",
        "  Filter<TodoItem> mixed() {",
        "    return TodoItemTable.TITLE.eq(\"x\").and(TagTable.NAME.eq(\"y\"));",
        "  }",
        "}");

    Compilation compilation = TestCompiler.compile(ITEM_MODEL, TAG_MODEL, screen);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible").inFile(screen).onLine(5);
  }
}
