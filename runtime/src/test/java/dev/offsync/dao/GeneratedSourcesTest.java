package dev.offsync.dao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of the generated database (with its builder) and DAO: what the processor wrote for this module's
 * test sources, compared with {@code src/test/resources/expected/}. The processor's own tests cannot produce
 * these, as the runtime is not on their class path. Run with {@code -Doffsync.golden.update=true} to rewrite
 * the expected files, then review the diff.
 */
class GeneratedSourcesTest {

  private static final Path GENERATED = Path.of("target/generated-test-sources/test-annotations/dev/offsync/testing/tasks");
  private static final Path EXPECTED = Path.of("src/test/resources/expected/dev/offsync/testing/tasks");

  @ParameterizedTest
  @ValueSource(strings = {"OffsyncTaskData.java", "TaskDao.java", "LabelDao.java"})
  void generatedSourceIsTheExpectedOne(String file) throws IOException {
    String generated = Files.readString(GENERATED.resolve(file), StandardCharsets.UTF_8);
    Path expected = EXPECTED.resolve(file + ".txt");
    if (Boolean.getBoolean("offsync.golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).as("%s (run with -Doffsync.golden.update=true)", file)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
