package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code bindRow} and {@code readRow}: the local row layout ({@code id}, {@code updatedAt}, {@code version},
 * then the data columns) by parameter and column index, through {@code RowValues}.
 */
final class RowMethods {

  private static final String ENTITY = "entity";
  private static final String SYSTEM = "system";
  private static final String STATEMENT = "statement";
  private static final String ROW = "row";
  private static final String FIRST = "first";
  private static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
  private static final int SYSTEM_COLUMNS = 3;

  private RowMethods() {}

  static MethodSpec bindRow(TableModel model) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("bindRow")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(model.entity(), ENTITY)
        .addParameter(TypeNames.SYSTEM_PROPERTIES, SYSTEM)
        .addParameter(ClassName.get("java.sql", "PreparedStatement"), STATEMENT)
        .addParameter(int.class, FIRST)
        .addException(SQL_EXCEPTION)
        .addStatement("$T.bindString($N, $N, $N.id())", TypeNames.ROW_VALUES, STATEMENT, FIRST, SYSTEM)
        .addStatement("$T.bindInstant($N, $L, $N.updatedAt())", TypeNames.ROW_VALUES, STATEMENT, index(1), SYSTEM)
        .addStatement("$T.bindString($N, $L, $N.version())", TypeNames.ROW_VALUES, STATEMENT, index(2), SYSTEM);
    int position = SYSTEM_COLUMNS;
    for (PropertyModel column : model.columns()) {
      method.addStatement("$T.$N($N, $L, $L)", TypeNames.ROW_VALUES, column.kind().rowBinder(), STATEMENT,
          index(position++), Accessors.toColumn(model, column, Accessors.read(column, ENTITY)));
    }
    return method.build();
  }

  static MethodSpec readRow(TableModel model) {
    Locals locals = new Locals(model, ROW, FIRST);
    MethodSpec.Builder method = MethodSpec.methodBuilder("readRow")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(TypeNames.DECODED, model.entity()))
        .addParameter(ClassName.get("java.sql", "ResultSet"), ROW)
        .addParameter(int.class, FIRST)
        .addException(SQL_EXCEPTION);
    String id = locals.newName("id", SystemRole.ID);
    String updatedAt = locals.newName("updatedAt", SystemRole.UPDATED_AT);
    String version = locals.newName("version", SystemRole.VERSION);
    String entity = locals.newName(ENTITY, ENTITY);
    method.addStatement("$T $N = $T.getString($N, $N)", String.class, id, TypeNames.ROW_VALUES, ROW, FIRST)
        .addStatement("$T $N = $T.getInstant($N, $L)", ClassName.get("java.time", "Instant"), updatedAt,
            TypeNames.ROW_VALUES, ROW, index(1))
        .addStatement("$T $N = $T.getString($N, $L)", String.class, version, TypeNames.ROW_VALUES, ROW, index(2));
    if (model.record()) {
      method.addStatement("$T $N = $L", model.entity(), entity, newRecord(model, locals));
    } else {
      setAll(model, method, locals, entity);
    }
    return method.addStatement("return new $T<>($N, new $T($N, $N, $N, false))", TypeNames.DECODED, entity,
            TypeNames.SYSTEM_PROPERTIES, id, updatedAt, version)
        .build();
  }

  private static CodeBlock newRecord(TableModel model, Locals locals) {
    List<CodeBlock> arguments = new ArrayList<>();
    int position = SYSTEM_COLUMNS;
    for (PropertyModel property : model.properties()) {
      arguments.add(property.ignored() ? property.defaultValue()
          : property.isColumn() ? get(model, property, position++) : fromSystem(property, locals));
    }
    return DefinitionGenerator.newRecord(model, arguments);
  }

  private static void setAll(TableModel model, MethodSpec.Builder method, Locals locals, String entity) {
    method.addStatement("$T $N = new $T()", model.entity(), entity, model.entity());
    int position = SYSTEM_COLUMNS;
    for (PropertyModel property : model.properties()) {
      CodeBlock value = property.isColumn() ? get(model, property, position++) : fromSystem(property, locals);
      method.addStatement("$L", Accessors.write(property, entity, value));
    }
  }

  private static CodeBlock get(TableModel model, PropertyModel column, int position) {
    return Accessors.fromColumn(model, column, column.kind() == ValueKind.ENUM
        ? CodeBlock.of("$T.$N($N, $L, $T.class)", TypeNames.ROW_VALUES, column.kind().rowReader(column.primitive()),
            ROW, index(position), column.columnType())
        : CodeBlock.of("$T.$N($N, $L)", TypeNames.ROW_VALUES, column.kind().rowReader(column.primitive()), ROW,
            index(position)));
  }

  /** The stored system properties; {@code deleted} is never stored, because deleted items are not kept. */
  private static CodeBlock fromSystem(PropertyModel property, Locals locals) {
    if (property.role() == SystemRole.DELETED) {
      return CodeBlock.of("false");
    }
    CodeBlock local = CodeBlock.of("$N", locals.get(property.role()));
    return property.role() == SystemRole.UPDATED_AT ? Accessors.fromSystemInstant(property, local) : local;
  }

  private static CodeBlock index(int offset) {
    return offset == 0 ? CodeBlock.of("$N", FIRST) : CodeBlock.of("$N + $L", FIRST, offset);
  }
}
