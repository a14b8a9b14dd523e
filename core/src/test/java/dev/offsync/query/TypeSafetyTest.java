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
        Filter<Todo> a = new StringField<Todo>("title").startsWith("a");
        Filter<Todo> b = new StringField<Todo>("title").toLower().eq("x");
        Filter<Todo> c = new DecimalField<Todo>("price").mul(2).gt(10);
        Filter<Todo> d = new DateField<Todo>("due").year().eq(2024);
        Filter<Todo> e = new BooleanField<Todo>("complete").isFalse();
        Filter<Todo> f = new StringField<Todo>("title").in("a", "b");
        Filter<Todo> g = new StringField<Todo>("note").isNull().and(a).or(b.not());
        Filter<Todo> h = new InstantField<Todo>("updatedAt").hour().lt(12);
        Ordering<Todo> o = new DateField<Todo>("due").desc();
        Filter<Todo> i = Fields.ID.eq("x").and(a);
        Filter<Todo> j = a.or(Fields.DELETED.isFalse());
        Filter<Todo> k = Filter.and(a, Fields.VERSION.isNull(), b);
        Filter<Todo> l = new IntField<Todo>("rating").add(new IntField<Todo>("views")).gt(3);
        Filter<Object> m = Fields.ID.in("a", "b");
        Ordering<? super Todo> n = Fields.UPDATED_AT.asc();
        """)).isEmpty();
  }

  @Test
  void aFieldOfAnotherEntityDoesNotFitItsFilters() {
    String tagName = "new StringField<Probe>(\"name\")";
    String title = "new StringField<Todo>(\"title\")";
    assertThat(compile("Filter<Todo> x = " + tagName + ".eq(\"a\");")).contains("incompatible types");
    assertThat(compile("Filter<Todo> x = " + title + ".eq(\"a\").and(" + tagName + ".eq(\"b\"));"))
        .contains("incompatible");
    assertThat(compile("Filter<Todo> x = Filter.or(" + title + ".isNull(), " + tagName + ".isNull());"))
        .contains("incompatible");
    assertThat(compile("Filter<Todo> x = " + title + ".eq(" + tagName + ");")).contains("eq");
    assertThat(compile("Object x = new IntField<Todo>(\"rating\").add(new IntField<Probe>(\"count\"));"))
        .contains("add");
    assertThat(compile("Ordering<Todo> x = " + tagName + ".asc();")).contains("incompatible types");
  }

  @Test
  void unsupportedOperationsDoNotCompile() {
    assertThat(compile("Filter<Todo> x = new IntField<Todo>(\"rating\").startsWith(\"a\");")).contains("startsWith");
    assertThat(compile("Filter<Todo> x = new BooleanField<Todo>(\"complete\").gt(true);")).contains("gt");
    assertThat(compile("Filter<Todo> x = new UuidField<Todo>(\"ref\").lt(java.util.UUID.randomUUID());")).contains("lt");
    assertThat(compile("Filter<Todo> x = new StringField<Todo>(\"title\").eq(5);")).contains("eq");
    assertThat(compile("Object x = new TimeField<Todo>(\"alarm\").year();")).contains("year");
    assertThat(compile("Object x = new DateField<Todo>(\"due\").hour();")).contains("hour");
    assertThat(compile("Object x = new StringField<Todo>(\"title\").add(1);")).contains("add");
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
