package dev.offsync.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.offsync.internal.generated.JsonValues;
import dev.offsync.internal.generated.RowValues;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The processor's names of core's types exist in core, so generated code compiles for every kind. */
class ValueKindTest {

  @Test
  void everyKindHasItsFieldClassAndValueMethods() throws ClassNotFoundException {
    for (ValueKind kind : ValueKind.values()) {
      Class<?> field = Class.forName(TypeNames.field(kind.fieldClass()).canonicalName());
      assertThat(field.getPackageName()).isEqualTo("dev.offsync.query");
      assertThat(method(JsonValues.class, kind.jsonWriter(), JsonGenerator.class)).as(kind.jsonWriter()).isTrue();
      assertThat(method(RowValues.class, kind.rowBinder(), PreparedStatement.class)).as(kind.rowBinder()).isTrue();
      for (boolean primitive : new boolean[] {true, false}) {
        assertThat(method(JsonValues.class, kind.jsonReader(primitive), JsonParser.class))
            .as(kind.jsonReader(primitive)).isTrue();
        assertThat(method(RowValues.class, kind.rowReader(primitive), ResultSet.class))
            .as(kind.rowReader(primitive)).isTrue();
      }
    }
  }

  @Test
  void typeNamesNameExistingCoreTypes() throws ClassNotFoundException {
    for (var name : new com.palantir.javapoet.ClassName[] {TypeNames.TABLE_DEFINITION, TypeNames.COLUMN_DEFINITION,
        TypeNames.COLUMN_TYPE, TypeNames.SYSTEM_PROPERTIES, TypeNames.DECODED, TypeNames.VALUES,
        TypeNames.JSON_VALUES, TypeNames.ROW_VALUES, TypeNames.JSON_GENERATOR, TypeNames.JSON_PARSER,
        TypeNames.JSON_TOKEN, TypeNames.GENERATED, TypeNames.COLUMN_CONVERTER, TypeNames.CONVERTED_FIELD}) {
      assertThat(Class.forName(name.reflectionName())).isNotNull();
    }
    for (String annotation : new String[] {TypeNames.SYNC_TABLE, TypeNames.ID, TypeNames.UPDATED_AT,
        TypeNames.VERSION, TypeNames.DELETED, TypeNames.COLUMN, TypeNames.IGNORE, TypeNames.LOCAL_ONLY,
        TypeNames.INDEX, TypeNames.CONVERT}) {
      assertThat(Class.forName(annotation).isAnnotation()).isTrue();
    }
  }

  private static boolean method(Class<?> owner, String name, Class<?> firstParameter) {
    for (Method method : owner.getMethods()) {
      if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers())
          && method.getParameterTypes()[0] == firstParameter) {
        return true;
      }
    }
    return false;
  }
}
