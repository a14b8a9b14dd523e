package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>Table}: the typed column constants for queries, the {@code DEFINITION} constant and,
 * for a record, its {@link CopyBuilder copy builder}.
 *
 * <p>Constant names are the upper snake case of the column names ({@code dueDate} → {@code DUE_DATE}), allocated
 * after {@code DEFINITION} in source order; a name already taken gets a trailing underscore ({@code DEFINITION_}).
 */
final class TableClassGenerator extends SourceFileGenerator {

  static final String DEFINITION = "DEFINITION";

  TableClassGenerator(Filer filer, Reporter reporter) {
    super(filer, reporter);
  }

  @Override
  ClassName className(TableModel model) {
    return model.tableClass();
  }

  @Override
  TypeSpec.Builder type(TableModel model) {
    Map<PropertyModel, String> constants = constantNames(model);
    TypeSpec.Builder type = TypeSpec.classBuilder(model.tableClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(javadoc(model))
        .addField(definition(model));
    for (PropertyModel property : model.properties()) {
      if (!property.ignored()) {
        type.addField(column(model, property, constants.get(property)));
      }
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (model.record()) {
      type.addMethod(CopyBuilder.factory(model)).addType(CopyBuilder.type(model));
    }
    return type;
  }

  /** The constant name of each property, allocated after {@code DEFINITION} in source order. */
  static Map<PropertyModel, String> constantNames(TableModel model) {
    NameAllocator names = new NameAllocator();
    names.newName(DEFINITION);
    Map<PropertyModel, String> constants = new LinkedHashMap<>();
    for (PropertyModel property : model.properties()) {
      if (!property.ignored()) {
        constants.put(property, names.newName(upperSnake(property.columnName())));
      }
    }
    return constants;
  }

  private static CodeBlock javadoc(TableModel model) {
    return CodeBlock.builder()
        .add("The typed table {@code $L} of {@link $T}, generated from its {@code @SyncTable}.\n", model.tableName(),
            model.entity())
        .add("\n<p>Each column has a typed constant for queries (such as {@code $L}); {@link #$L} describes the\n",
            model.columns().isEmpty() ? "ID" : upperSnake(model.columns().get(0).columnName()), DEFINITION)
        .add("table (schema, JSON and row codecs) to the runtime and the server. Offline operations come from the\n")
        .add("runtime's generic offline table:\n")
        .add("<pre>{@code\nOfflineTable<$L> $L = client.table($L.DEFINITION);\n}</pre>\n",
            String.join(".", model.entity().simpleNames()), exampleVariable(model), model.tableClass().simpleName())
        .build();
  }

  /** {@code todoItems} for {@code TodoItem}: a readable name for the Javadoc example. */
  private static String exampleVariable(TableModel model) {
    String name = model.entity().simpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "s";
  }

  private static FieldSpec definition(TableModel model) {
    return FieldSpec.builder(ParameterizedTypeName.get(TypeNames.TABLE_DEFINITION, model.entity()), DEFINITION,
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The definition of table {@code $L}: name, columns, SQLite schema, JSON and row codecs.\n",
            model.tableName())
        .initializer("new $T()", model.definitionClass())
        .build();
  }

  private static FieldSpec column(TableModel model, PropertyModel property, String name) {
    ClassName fieldClass = TypeNames.field(property.kind().fieldClass());
    boolean isEnum = property.kind() == ValueKind.ENUM;
    // The entity type argument binds the constant to this table: its filters fit only this table's queries.
    TypeName type = isEnum
        ? ParameterizedTypeName.get(fieldClass, model.entity(), property.columnType())
        : ParameterizedTypeName.get(fieldClass, model.entity());
    CodeBlock initializer = isEnum
        ? CodeBlock.of("new $T<>($S, $T.class)", fieldClass, property.columnName(), property.columnType())
        : CodeBlock.of("new $T<>($S)", fieldClass, property.columnName());
    if (property.converted()) {
      // The definition's converter instance, so filters and codecs share one conversion.
      type = ParameterizedTypeName.get(TypeNames.CONVERTED_FIELD, model.entity(), property.type().box(),
          property.columnType());
      initializer = CodeBlock.of("new $T<>($L, $T.$N)", TypeNames.CONVERTED_FIELD, initializer,
          model.definitionClass(), Accessors.converterField(property));
    }
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The $L {@code $L} ($L).\n", property.isColumn() ? "column" : "system property",
            property.columnName(), property.kind().stored().schemaName())
        .initializer(initializer)
        .build();
  }

  /** {@code dueDate} → {@code DUE_DATE}, {@code URLValue} → {@code URL_VALUE}. */
  static String upperSnake(String name) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && startsWord(name, i)) {
        result.append('_');
      }
      result.append(Character.toUpperCase(c));
    }
    return result.toString();
  }

  private static boolean startsWord(String name, int i) {
    char previous = name.charAt(i - 1);
    boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    return previous != '_'
        && (Character.isLowerCase(previous) || Character.isDigit(previous) || nextLower);
  }
}
