package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The copy builder of a record entity, nested in its {@code <Entity>Table}: {@code TodoItemTable.copy(item)
 * .title("x").build()} changes one component without calling the canonical constructor with all of them.
 *
 * <p>Setter names are the component names, since that is what users type; the terminal method is {@code build}
 * unless a component already has that name ({@code build_} then), and the source parameter never shadows a field
 * because every field access goes through {@code this}.
 */
final class CopyBuilder {

  static final String CLASS = "Copy";
  static final String METHOD = "copy";

  private CopyBuilder() {}

  /** {@code public static Copy copy(TodoItem item)}. */
  static MethodSpec factory(TableModel model) {
    return MethodSpec.methodBuilder(METHOD)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("A builder of a copy of {@code item}, to change some of its components:\n")
        .addJavadoc("{@code $L.$L(item).$L(...).build()}.\n", model.tableClass().simpleName(), METHOD,
            example(model).javaName())
        .returns(builderClass(model))
        .addParameter(model.entity(), "item")
        .addStatement("return new $T($N)", builderClass(model), "item")
        .build();
  }

  /** {@code public static final class Copy}: one field and one setter per component, then {@code build()}. */
  static TypeSpec type(TableModel model) {
    NameAllocator names = new NameAllocator();
    model.properties().forEach(property -> names.newName(property.javaName(), property));
    String source = names.newName("item");
    TypeSpec.Builder type = TypeSpec.classBuilder(CLASS)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a changed copy of a {@link $T}; start one with {@link #$L($T)}.\n", model.entity(),
            METHOD, model.entity())
        .addMethod(constructor(model, source));
    for (PropertyModel property : model.properties()) {
      type.addField(FieldSpec.builder(property.type(), property.javaName(), Modifier.PRIVATE).build());
      type.addMethod(setter(model, property));
    }
    return type.addMethod(build(model, names.newName("build"))).build();
  }

  /** The first data column, or the id when there is none: what the Javadoc example changes. */
  private static PropertyModel example(TableModel model) {
    return model.columns().isEmpty() ? model.system(SystemRole.ID).orElseThrow() : model.columns().get(0);
  }

  private static ClassName builderClass(TableModel model) {
    return model.tableClass().nestedClass(CLASS);
  }

  private static MethodSpec constructor(TableModel model, String source) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(model.entity(), source);
    for (PropertyModel property : model.properties()) {
      constructor.addStatement("this.$N = $N.$N()", property.javaName(), source, property.javaName());
    }
    return constructor.build();
  }

  private static MethodSpec setter(TableModel model, PropertyModel property) {
    return MethodSpec.methodBuilder(property.javaName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Sets {@code $L} in the copy.\n", property.javaName())
        .returns(builderClass(model))
        .addParameter(property.type(), property.javaName())
        .addStatement("this.$N = $N", property.javaName(), property.javaName())
        .addStatement("return this")
        .build();
  }

  private static MethodSpec build(TableModel model, String name) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (PropertyModel property : model.properties()) {
      arguments.add(CodeBlock.of("this.$N", property.javaName()));
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The copy, made with the canonical constructor.\n")
        .returns(model.entity())
        .addStatement("return $L", DefinitionGenerator.newRecord(model, arguments))
        .build();
  }
}
