package dev.offsync.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations a column's type does not support do not compile; the supported ones do. */
class TypeSafetyTest {

  @TempDir
  Path output;

  @Test
  void supportedOperationsCompile() {
    assertThat(compile("""
        Filter a = new StringField("title").startsWith("a");
        Filter b = new StringField("title").toLower().eq("x");
        Filter c = new DecimalField("price").mul(2).gt(10);
        Filter d = new DateField("due").year().eq(2024);
        Filter e = new BooleanField("complete").isFalse();
        Filter f = new StringField("title").in("a", "b");
        Filter g = new StringField("note").isNull().and(a).or(b.not());
        Filter h = new InstantField("updatedAt").hour().lt(12);
        Ordering o = new DateField("due").desc();
        """)).isEmpty();
  }

  @Test
  void unsupportedOperationsDoNotCompile() {
    assertThat(compile("Filter x = new IntField(\"rating\").startsWith(\"a\");")).contains("startsWith");
    assertThat(compile("Filter x = new BooleanField(\"complete\").gt(true);")).contains("gt");
    assertThat(compile("Filter x = new UuidField(\"ref\").lt(java.util.UUID.randomUUID());")).contains("lt");
    assertThat(compile("Filter x = new StringField(\"title\").eq(5);")).contains("eq");
    assertThat(compile("Object x = new TimeField(\"alarm\").year();")).contains("year");
    assertThat(compile("Object x = new DateField(\"due\").hour();")).contains("hour");
    assertThat(compile("Object x = new StringField(\"title\").add(1);")).contains("add");
  }

  /** Compiles a method body against the main classes; returns the error messages, empty on success. */
  private String compile(String body) {
    String source = "package dev.offsync.query; class Probe { void probe() {\n" + body + "\n} }";
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///dev/offsync/query/Probe.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
        "-proc:none");
    compiler.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file)).call();
    StringBuilder errors = new StringBuilder();
    diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .forEach(d -> errors.append(d.getMessage(null)).append('\n'));
    return errors.toString();
  }
}
