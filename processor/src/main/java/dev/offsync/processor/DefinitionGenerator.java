package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>_Definition}, the package-private {@code TableDefinition} implementation: schema
 * constants here, codecs from {@link SystemMethods}, {@link JsonMethods} and {@link RowMethods}.
 */
final class DefinitionGenerator extends SourceFileGenerator {

  static final String COLUMNS = "COLUMNS";
  static final String INDEX_SQL = "INDEX_SQL";
  static final ParameterizedTypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

  DefinitionGenerator(Filer filer, Reporter reporter) {
    super(filer, reporter);
  }

  @Override
  ClassName className(TableModel model) {
    return model.definitionClass();
  }

  @Override
  TypeSpec.Builder type(TableModel model) {
    return TypeSpec.classBuilder(model.definitionClass())
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(TypeNames.TABLE_DEFINITION, model.entity()))
        .addJavadoc("The definition of table {@code $L} for {@link $T}; use {@link $T#DEFINITION}.\n",
            model.tableName(), model.entity(), model.tableClass())
        .addField(columnsField(model))
        .addField(indexSqlField(model))
        .addField(JsonMethods.jsonNamesField(model))
        .addFields(converterFields(model))
        .addMethod(returning("tableName", ClassName.get(String.class), CodeBlock.of("$S", model.tableName())))
        .addMethod(returning("entityType", ParameterizedTypeName.get(ClassName.get(Class.class), model.entity()),
            CodeBlock.of("$T.class", model.entity())))
        .addMethod(returning("columns", ParameterizedTypeName.get(ClassName.get(List.class),
            TypeNames.COLUMN_DEFINITION), CodeBlock.of("$N", COLUMNS)))
        .addMethod(returning("createTableSql", ClassName.get(String.class),
            CodeBlock.of("$S", model.createTableSql())))
        .addMethod(returning("createIndexSql", STRING_LIST, CodeBlock.of("$N", INDEX_SQL)))
        .addMethod(returning("schemaHash", ClassName.get(String.class), CodeBlock.of("$S", model.schemaHash())))
        .addMethod(SystemMethods.systemProperties(model))
        .addMethod(SystemMethods.withSystemProperties(model))
        .addMethod(JsonMethods.writeJson(model))
        .addMethod(JsonMethods.readJson(model))
        .addMethod(RowMethods.bindRow(model))
        .addMethod(RowMethods.readRow(model))
        .addMethod(JsonMethods.jsonName(model))
        .addMethod(JsonMethods.jsonNameIgnoringCase());
  }

  private static FieldSpec columnsField(TableModel model) {
    List<CodeBlock> columns = new ArrayList<>();
    for (PropertyModel column : model.columns()) {
      columns.add(CodeBlock.of("new $T($S, $T.$L, $L, $L, $L$L)", TypeNames.COLUMN_DEFINITION, column.columnName(),
          TypeNames.COLUMN_TYPE, column.kind().stored().name(), !column.primitive(), column.localOnly(),
          column.indexed(), column.serviceOwned() ? ", true" : ""));
    }
    return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), TypeNames.COLUMN_DEFINITION),
            COLUMNS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(listOf(columns))
        .build();
  }

  /** One converter instance per {@code @Convert} property, shared by the JSON and row codecs. */
  private static List<FieldSpec> converterFields(TableModel model) {
    List<FieldSpec> fields = new ArrayList<>();
    for (PropertyModel property : model.columns()) {
      if (property.converted()) {
        fields.add(FieldSpec.builder(property.converter(), Accessors.converterField(property), Modifier.STATIC,
                Modifier.FINAL)
            .initializer("new $T()", property.converter())
            .build());
      }
    }
    return fields;
  }

  private static FieldSpec indexSqlField(TableModel model) {
    List<CodeBlock> statements = model.createIndexSql().stream().map(sql -> CodeBlock.of("$S", sql)).toList();
    return FieldSpec.builder(STRING_LIST, INDEX_SQL, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(listOf(statements))
        .build();
  }

  /** {@code List.of(a, b, ...)}, one element per line. */
  static CodeBlock listOf(List<CodeBlock> elements) {
    if (elements.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.of("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(elements, ",\n"));
  }

  /** {@code new Entity(\n a,\n b)}, one argument per line. */
  static CodeBlock newRecord(TableModel model, List<CodeBlock> arguments) {
    return arguments.isEmpty()
        ? CodeBlock.of("new $T()", model.entity())
        : CodeBlock.of("new $T(\n$L)", model.entity(), CodeBlock.join(arguments, ",\n"));
  }

  private static MethodSpec returning(String name, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }
}
