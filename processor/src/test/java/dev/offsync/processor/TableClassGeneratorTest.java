package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class TableClassGeneratorTest {

  @Test
  void constantNamesAreUpperSnakeCase() {
    assertThat(TableClassGenerator.upperSnake("dueDate")).isEqualTo("DUE_DATE");
    assertThat(TableClassGenerator.upperSnake("updatedAt")).isEqualTo("UPDATED_AT");
    assertThat(TableClassGenerator.upperSnake("URLValue")).isEqualTo("URL_VALUE");
    assertThat(TableClassGenerator.upperSnake("x2Y")).isEqualTo("X2_Y");
    assertThat(TableClassGenerator.upperSnake("snake_case")).isEqualTo("SNAKE_CASE");
    assertThat(TableClassGenerator.upperSnake("order")).isEqualTo("ORDER");
  }

  @Test
  void collidingConstantNamesGetATrailingUnderscoreInSourceOrder() throws IOException {
    Compilation compilation = TestCompiler.compile(JavaFileObjects.forSourceLines("q.Clash",
        "package q;",
        "import dev.offsync.annotations.*;",
        "@SyncTable",
        "public record Clash(@Id String id, String definition, String dueDate, String due_date) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    String table = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "q", "ClashTable.java").orElseThrow()
        .getCharContent(true).toString();
    assertThat(table).contains("StringField<Clash> DEFINITION_ = new StringField<>(\"definition\")",
        "StringField<Clash> DUE_DATE = new StringField<>(\"dueDate\")",
        "StringField<Clash> DUE_DATE_ = new StringField<>(\"due_date\")",
        "TableDefinition<Clash> DEFINITION = new Clash_Definition()");
  }
}
