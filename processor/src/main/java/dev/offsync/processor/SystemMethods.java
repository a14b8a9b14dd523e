package dev.offsync.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** {@code systemProperties} and {@code withSystemProperties}: the entity's declared system properties. */
final class SystemMethods {

  private static final String ENTITY = "entity";
  private static final String SYSTEM = "system";

  private SystemMethods() {}

  static MethodSpec systemProperties(TableModel model) {
    Locals locals = new Locals(model, ENTITY);
    MethodSpec.Builder method = MethodSpec.methodBuilder("systemProperties")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.SYSTEM_PROPERTIES)
        .addParameter(model.entity(), ENTITY);
    CodeBlock updatedAt = CodeBlock.of("null");
    Optional<PropertyModel> updated = model.system(SystemRole.UPDATED_AT);
    if (updated.isPresent() && updated.get().kind() == ValueKind.OFFSET_DATETIME) {
      String local = locals.newName("updatedAt", SystemRole.UPDATED_AT);
      method.addStatement("$T $N = $L", updated.get().type(), local, Accessors.read(updated.get(), ENTITY));
      updatedAt = CodeBlock.of("$N == null ? null : $T.truncate($N.toInstant())", local, TypeNames.VALUES, local);
    } else if (updated.isPresent()) {
      updatedAt = CodeBlock.of("$T.truncate($L)", TypeNames.VALUES, Accessors.read(updated.get(), ENTITY));
    }
    return method.addStatement("return new $T($L,$W$L,$W$L,$W$L)", TypeNames.SYSTEM_PROPERTIES,
            Accessors.read(model.system(SystemRole.ID).orElseThrow(), ENTITY), updatedAt,
            model.system(SystemRole.VERSION).map(p -> Accessors.read(p, ENTITY)).orElse(CodeBlock.of("null")),
            model.system(SystemRole.DELETED).map(SystemMethods::deleted).orElse(CodeBlock.of("false")))
        .build();
  }

  private static CodeBlock deleted(PropertyModel property) {
    return property.primitive()
        ? Accessors.read(property, ENTITY)
        : CodeBlock.of("$T.TRUE.equals($L)", Boolean.class, Accessors.read(property, ENTITY));
  }

  static MethodSpec withSystemProperties(TableModel model) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("withSystemProperties")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.entity())
        .addParameter(model.entity(), ENTITY)
        .addParameter(TypeNames.SYSTEM_PROPERTIES, SYSTEM);
    if (model.record()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (PropertyModel property : model.properties()) {
        arguments.add(property.isColumn() || property.ignored() ? Accessors.read(property, ENTITY)
            : fromSystem(property));
      }
      return method.addStatement("return $L", DefinitionGenerator.newRecord(model, arguments)).build();
    }
    for (PropertyModel property : model.properties()) {
      if (!property.isColumn()) {
        method.addStatement("$L", Accessors.write(property, ENTITY, fromSystem(property)));
      }
    }
    return method.addStatement("return $N", ENTITY).build();
  }

  private static CodeBlock fromSystem(PropertyModel property) {
    CodeBlock value = CodeBlock.of("$N.$N()", SYSTEM, property.role().jsonName());
    return property.role() == SystemRole.UPDATED_AT ? Accessors.fromSystemInstant(property, value) : value;
  }
}
