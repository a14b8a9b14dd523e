package dev.offsync.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Writes one Java source file: adds the originating element, {@code @Generated} without a date and
 * {@code @SuppressWarnings} to the type a subclass builds, and writes it through the {@code Filer}.
 */
abstract class SourceFileGenerator extends Generator {

  static final String PROCESSOR = "dev.offsync.processor.SyncTableProcessor";

  SourceFileGenerator(Filer filer, Reporter reporter) {
    super(filer, reporter);
  }

  /** The generated class's name. */
  abstract ClassName className(TableModel model);

  /** The generated type, without the annotations every generated file carries. */
  abstract TypeSpec.Builder type(TableModel model);

  @Override
  final String fileName(TableModel model) {
    return className(model).canonicalName();
  }

  @Override
  final void write(TableModel model, TypeElement origin, Filer filer) throws IOException {
    javaFile(model, origin).writeTo(filer);
  }

  /** The file as it is written, also for tests that compare it without a compiler. */
  final JavaFile javaFile(TableModel model, TypeElement origin) {
    return javaFile(className(model).packageName(), type(model), origin == null ? List.of() : List.of(origin));
  }

  /** A generated type's file: {@code @Generated} without a date, {@code @SuppressWarnings} and its origins. */
  static JavaFile javaFile(String packageName, TypeSpec.Builder type, List<? extends Element> origins) {
    type.addAnnotation(AnnotationSpec.builder(TypeNames.GENERATED).addMember("value", "$S", PROCESSOR).build())
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "{$S, $S}", "deprecation", "unchecked").build());
    origins.forEach(type::addOriginatingElement);
    return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).build();
  }
}
