package dev.offsync.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** The classes of a successful compilation, loaded in their own class loader so that tests can run them. */
final class CompiledModels extends ClassLoader {

  private final Compilation compilation;
  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledModels(Compilation compilation) {
    super(CompiledModels.class.getClassLoader());
    assertThat(compilation).succeededWithoutWarnings();
    this.compilation = compilation;
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.getName().replaceFirst("^/CLASS_OUTPUT/", "").replaceFirst("\\.class$", "")
            .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** {@code DEFINITION} of a generated table class, such as {@code "b.EverythingTable"}. */
  @SuppressWarnings("unchecked")
  TableDefinition<Object> definition(String tableClass) throws ReflectiveOperationException {
    return (TableDefinition<Object>) loadClass(tableClass).getField("DEFINITION").get(null);
  }

  /** The text of a generated resource in the class output. */
  String resource(String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().getCharContent(true)
        .toString();
  }
}
