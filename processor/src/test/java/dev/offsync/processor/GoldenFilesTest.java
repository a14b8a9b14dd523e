package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles each {@code good/} model and compares every generated source and resource, as exact text, with
 * {@code src/test/resources/expected/}. Run with {@code -Doffsync.golden.update=true} to rewrite the expected
 * files from the processor's output, then review the diff.
 */
class GoldenFilesTest {

  private static final boolean UPDATE = Boolean.getBoolean("offsync.golden.update");
  private static final Path EXPECTED = Path.of("src/test/resources/expected");

  @ParameterizedTest
  @ValueSource(strings = {"TodoItem", "Contact", "Sheet", "Tagged"})
  void generatedFilesMatchTheExpectedOnes(String model) throws IOException {
    Compilation compilation = TestCompiler.compileResources("good/p/" + model + ".java");
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = generated(compilation);
    assertThat(generated).isNotEmpty();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path expected = EXPECTED.resolve(file.getKey());
      if (UPDATE) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, file.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(expected).as("expected file for %s (run with -Doffsync.golden.update=true)", file.getKey())
          .exists();
      assertThat(file.getValue()).as(file.getKey())
          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
  }

  /** Generated sources and resources by path ({@code p/TodoItemTable.java}), without class files. */
  private static Map<String, String> generated(Compilation compilation) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        String path = file.getName().replaceFirst("^/(SOURCE_OUTPUT|CLASS_OUTPUT)/", "");
        files.put(path, file.getCharContent(true).toString());
      }
    }
    return files;
  }
}
