package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Entity>Dao}: the typed offline table of a generated database, the runtime's {@code OfflineDao}
 * with a {@code findByX} per {@code @Index} column. Written only when the runtime is on the processor's path.
 */
final class DaoGenerator extends SourceFileGenerator {

  DaoGenerator(Filer filer, Reporter reporter) {
    super(filer, reporter);
  }

  @Override
  ClassName className(TableModel model) {
    return DaoNames.dao(model.entity());
  }

  @Override
  TypeSpec.Builder type(TableModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(className(model))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(TypeNames.OFFLINE_DAO, model.entity()))
        .addJavadoc("The DAO of table {@code $L}: {@link $T} items in the local store, typed; see {@link $T}.\n",
            model.tableName(), model.entity(), TypeNames.OFFLINE_DAO)
        .addMethod(constructor(model));
    Map<PropertyModel, String> constants = TableClassGenerator.constantNames(model);
    for (PropertyModel property : model.columns()) {
      if (property.indexed()) {
        type.addMethod(findBy(model, property, constants.get(property)));
      }
    }
    return type;
  }

  private static MethodSpec constructor(TableModel model) {
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addParameter(TypeNames.SYNC_CLIENT, "client")
        .addJavadoc("The DAO of this table of {@code client}, which was built with {@link $T#$L}.\n",
            model.tableClass(), TableClassGenerator.DEFINITION)
        .addStatement("super(client, $T.$L)", model.tableClass(), TableClassGenerator.DEFINITION)
        .build();
  }

  /** {@code findByComplete(boolean value)}: the local items whose indexed column equals the value. */
  private static MethodSpec findBy(TableModel model, PropertyModel property, String constant) {
    String name = property.javaName();
    return MethodSpec.methodBuilder("findBy" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), model.entity()))
        .addParameter(property.type(), "value")
        .addJavadoc("The local items whose {@code $L} equals {@code value} (null matches null), ordered by id.\n",
            property.columnName())
        .addStatement("return query().where($T.$L.eq($L)).list()", model.tableClass(), constant, value(property))
        .build();
  }

  /** The argument of {@code eq}: a {@code char} becomes the one-character string a string column compares. */
  private static CodeBlock value(PropertyModel property) {
    if (property.kind() != ValueKind.CHAR) {
      return CodeBlock.of("value");
    }
    return property.primitive() ? CodeBlock.of("String.valueOf(value)")
        : CodeBlock.of("value == null ? null : value.toString()");
  }
}
