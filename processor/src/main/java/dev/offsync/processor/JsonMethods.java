package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code writeJson}, {@code readJson} and the name matching they share: camelCase names, exact match first and
 * then ignoring case, unknown and local-only fields skipped, system properties always reported.
 */
final class JsonMethods {

  static final String JSON_NAMES = "JSON_NAMES";
  private static final String JSON_NAME = "jsonName";
  private static final String JSON_NAME_IGNORING_CASE = "jsonNameIgnoringCase";
  private static final String ENTITY = "entity";
  private static final String OUT = "out";
  private static final String IN = "in";
  private static final List<SystemRole> SYSTEM = List.of(SystemRole.system());

  private JsonMethods() {}

  /** The names {@code readJson} knows: the four system properties, then the synchronized columns. */
  static FieldSpec jsonNamesField(TableModel model) {
    return FieldSpec.builder(DefinitionGenerator.STRING_LIST, JSON_NAMES, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer(DefinitionGenerator.listOf(jsonNames(model)))
        .build();
  }

  private static List<CodeBlock> jsonNames(TableModel model) {
    List<CodeBlock> names = new ArrayList<>();
    SYSTEM.forEach(role -> names.add(CodeBlock.of("$S", role.jsonName())));
    for (PropertyModel column : model.columns()) {
      if (column.inJson()) {
        names.add(CodeBlock.of("$S", column.columnName()));
      }
    }
    return names;
  }

  static MethodSpec writeJson(TableModel model) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("writeJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(model.entity(), ENTITY)
        .addParameter(TypeNames.JSON_GENERATOR, OUT)
        .addException(IOException.class)
        .addStatement("$N.writeStartObject()", OUT);
    for (PropertyModel property : model.properties()) {
      if (property.sent()) {
        method.addStatement("$T.$N($N, $S, $L)", TypeNames.JSON_VALUES, property.kind().jsonWriter(), OUT,
            property.columnName(), Accessors.toColumn(model, property, Accessors.read(property, ENTITY)));
      }
    }
    return method.addStatement("$N.writeEndObject()", OUT).build();
  }

  static MethodSpec readJson(TableModel model) {
    Locals locals = new Locals(model, IN);
    MethodSpec.Builder method = MethodSpec.methodBuilder("readJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(TypeNames.DECODED, model.entity()))
        .addParameter(TypeNames.JSON_PARSER, IN)
        .addException(IOException.class)
        .addStatement("$T.expectObject($N, $S)", TypeNames.JSON_VALUES, IN, model.tableName());
    declareSystemLocals(method, locals);
    String entity = locals.newName(ENTITY, ENTITY);
    if (model.record()) {
      declareColumnLocals(model, method, locals);
    } else {
      method.addStatement("$T $N = new $T()", model.entity(), entity, model.entity());
    }
    readFields(model, method, locals, entity);
    if (model.record()) {
      method.addStatement("$T $N = $L", model.entity(), entity, newRecord(model, locals));
    } else {
      setSystemProperties(model, method, locals, entity);
    }
    return method.addStatement("return new $T<>($N, new $T($N, $N, $N, $N))", TypeNames.DECODED, entity,
            TypeNames.SYSTEM_PROPERTIES, locals.get(SystemRole.ID), locals.get(SystemRole.UPDATED_AT),
            locals.get(SystemRole.VERSION), locals.get(SystemRole.DELETED))
        .build();
  }

  private static void declareSystemLocals(MethodSpec.Builder method, Locals locals) {
    method.addStatement("$T $N = null", String.class, locals.newName("id", SystemRole.ID));
    method.addStatement("$T $N = null", ClassName.get("java.time", "Instant"),
        locals.newName("updatedAt", SystemRole.UPDATED_AT));
    method.addStatement("$T $N = null", String.class, locals.newName("version", SystemRole.VERSION));
    method.addStatement("boolean $N = false", locals.newName("deleted", SystemRole.DELETED));
  }

  private static void declareColumnLocals(TableModel model, MethodSpec.Builder method, Locals locals) {
    for (PropertyModel column : model.columns()) {
      if (column.inJson()) {
        method.addStatement("$T $N = $L", column.type(), locals.newName(column.javaName(), column),
            column.kind().defaultValue(column.primitive()));
      }
    }
  }

  private static void readFields(TableModel model, MethodSpec.Builder method, Locals locals, String entity) {
    String name = locals.newName("name", "name");
    method.beginControlFlow("while ($N.nextToken() == $T.FIELD_NAME)", IN, TypeNames.JSON_TOKEN)
        .addStatement("$T $N = $N($N.currentName())", String.class, name, JSON_NAME, IN)
        .addStatement("$N.nextToken()", IN)
        .beginControlFlow("switch ($N)", name);
    for (SystemRole role : SYSTEM) {
      ValueKind kind = role == SystemRole.UPDATED_AT ? ValueKind.INSTANT
          : role == SystemRole.DELETED ? ValueKind.BOOLEAN : ValueKind.STRING;
      method.addStatement("case $S -> $N = $L", role.jsonName(), locals.get(role), read(kind, true, null,
          role.jsonName()));
    }
    for (PropertyModel column : model.columns()) {
      if (column.inJson()) {
        CodeBlock value = Accessors.fromColumn(model, column,
            read(column.kind(), column.primitive(), column.columnType(), column.columnName()));
        method.addStatement("case $S -> $L", column.columnName(), model.record()
            ? CodeBlock.of("$N = $L", locals.get(column), value)
            : Accessors.write(column, entity, value));
      }
    }
    method.addStatement("default -> $N.skipChildren()", IN)
        .endControlFlow()
        .endControlFlow();
  }

  private static CodeBlock read(ValueKind kind, boolean primitive, TypeName type, String column) {
    return kind == ValueKind.ENUM
        ? CodeBlock.of("$T.$N($N, $S, $T.class)", TypeNames.JSON_VALUES, kind.jsonReader(primitive), IN, column, type)
        : CodeBlock.of("$T.$N($N, $S)", TypeNames.JSON_VALUES, kind.jsonReader(primitive), IN, column);
  }

  private static CodeBlock newRecord(TableModel model, Locals locals) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (PropertyModel property : model.properties()) {
      if (property.ignored()) {
        arguments.add(property.defaultValue());
      } else if (!property.isColumn()) {
        arguments.add(fromSystemLocal(property, locals));
      } else if (property.inJson()) {
        arguments.add(CodeBlock.of("$N", locals.get(property)));
      } else {
        arguments.add(property.kind().defaultValue(property.primitive()));
      }
    }
    return DefinitionGenerator.newRecord(model, arguments);
  }

  private static void setSystemProperties(TableModel model, MethodSpec.Builder method, Locals locals,
      String entity) {
    for (PropertyModel property : model.properties()) {
      if (!property.isColumn()) {
        method.addStatement("$L", Accessors.write(property, entity, fromSystemLocal(property, locals)));
      }
    }
  }

  private static CodeBlock fromSystemLocal(PropertyModel property, Locals locals) {
    CodeBlock local = CodeBlock.of("$N", locals.get(property.role()));
    return property.role() == SystemRole.UPDATED_AT ? Accessors.fromSystemInstant(property, local) : local;
  }

  /**
   * Maps a JSON name to the known name it matches exactly or, failing that, ignoring case. The exact match
   * is a string switch (a hash and one comparison), since it runs for every field of every item pulled.
   */
  static MethodSpec jsonName(TableModel model) {
    String name = "name";
    CodeBlock labels = jsonNames(model).stream().collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder(JSON_NAME)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, name)
        .addCode("return switch ($N) {\n", name)
        .addCode("$>case $L -> $N;\n", labels, name)
        .addCode("default -> $N($N);\n$<", JSON_NAME_IGNORING_CASE, name)
        .addCode("};\n")
        .build();
  }

  /** Maps a JSON name to the known name it matches ignoring case, or itself (then unknown). */
  static MethodSpec jsonNameIgnoringCase() {
    String name = "name";
    String known = "known";
    return MethodSpec.methodBuilder(JSON_NAME_IGNORING_CASE)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, name)
        .beginControlFlow("for ($T $N : $N)", String.class, known, JSON_NAMES)
        .beginControlFlow("if ($N.equalsIgnoreCase($N))", known, name)
        .addStatement("return $N", known)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $N", name)
        .build();
  }
}
