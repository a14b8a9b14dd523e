package dev.offsync.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, with the project's lint settings. */
final class TestCompiler {

  private TestCompiler() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new SyncTableProcessor())
        .withOptions("-Xlint:all,-processing,-serial")
        .compile(sources);
  }

  /** Compiles test resources, such as {@code "bad/MissingId.java"}. */
  static Compilation compileResources(String... paths) {
    return compile(Arrays.stream(paths).map(TestCompiler::resource).toArray(JavaFileObject[]::new));
  }

  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }
}
