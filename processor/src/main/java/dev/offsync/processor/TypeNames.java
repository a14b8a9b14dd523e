package dev.offsync.processor;

import com.palantir.javapoet.ClassName;

/**
 * The names of every Offsync, Jackson and annotation type that the processor reads or generated code uses, in one
 * place. The processor runs on core (for column types and the schema hash) but never on the runtime or the
 * annotations: those it names and looks up with {@code getTypeElement}.
 */
final class TypeNames {

  static final String ANNOTATIONS = "dev.offsync.annotations";
  static final String SYNC_TABLE = ANNOTATIONS + ".SyncTable";
  static final String ID = ANNOTATIONS + ".Id";
  static final String UPDATED_AT = ANNOTATIONS + ".UpdatedAt";
  static final String VERSION = ANNOTATIONS + ".Version";
  static final String DELETED = ANNOTATIONS + ".Deleted";
  static final String COLUMN = ANNOTATIONS + ".Column";
  static final String IGNORE = ANNOTATIONS + ".Ignore";
  static final String LOCAL_ONLY = ANNOTATIONS + ".LocalOnly";
  static final String INDEX = ANNOTATIONS + ".Index";
  static final String CONVERT = ANNOTATIONS + ".Convert";
  static final String CREATED_AT = ANNOTATIONS + ".CreatedAt";

  private static final String SCHEMA = "dev.offsync.schema";
  static final ClassName TABLE_DEFINITION = ClassName.get(SCHEMA, "TableDefinition");
  static final ClassName COLUMN_DEFINITION = ClassName.get(SCHEMA, "ColumnDefinition");
  static final ClassName COLUMN_TYPE = ClassName.get(SCHEMA, "ColumnType");
  static final ClassName SYSTEM_PROPERTIES = ClassName.get(SCHEMA, "SystemProperties");
  static final ClassName DECODED = ClassName.get(SCHEMA, "Decoded");
  /** The ABI of generated code: public for it, not for apps (as {@code dagger.internal}). */
  private static final String GENERATED_ABI = "dev.offsync.internal.generated";
  static final ClassName VALUES = ClassName.get(GENERATED_ABI, "Values");
  static final ClassName JSON_VALUES = ClassName.get(GENERATED_ABI, "JsonValues");
  static final ClassName ROW_VALUES = ClassName.get(GENERATED_ABI, "RowValues");
  static final ClassName COLUMN_CONVERTER = ClassName.get(SCHEMA, "ColumnConverter");

  private static final String QUERY = "dev.offsync.query";

  static final ClassName CONVERTED_FIELD = ClassName.get(QUERY, "ConvertedField");

  private static final String JACKSON = "com.fasterxml.jackson.core";
  static final ClassName JSON_GENERATOR = ClassName.get(JACKSON, "JsonGenerator");
  static final ClassName JSON_PARSER = ClassName.get(JACKSON, "JsonParser");
  static final ClassName JSON_TOKEN = ClassName.get(JACKSON, "JsonToken");

  // @SyncDatabase, its DAOs and the runtime types they use; generated only when RUNTIME_MARKER is found.
  static final String SYNC_DATABASE = ANNOTATIONS + ".SyncDatabase";
  static final String QUERY_ANNOTATION = ANNOTATIONS + ".Query";
  static final String SYNC_DAO = ANNOTATIONS + ".SyncDao";
  private static final String RUNTIME = "dev.offsync";
  static final ClassName OFFSYNC_DATABASE = ClassName.get(RUNTIME, "OffsyncDatabase");
  static final String RUNTIME_MARKER = OFFSYNC_DATABASE.canonicalName();
  static final ClassName SYNC_CLIENT = ClassName.get(RUNTIME, "SyncClient");
  static final ClassName SYNC_CLIENT_BUILDER = SYNC_CLIENT.nestedClass("Builder");
  static final ClassName PUSH_RESULT = ClassName.get(RUNTIME, "PushResult");
  static final ClassName PULL_RESULT = ClassName.get(RUNTIME, "PullResult");
  static final ClassName OFFLINE_DAO = ClassName.get(RUNTIME + ".dao", "OfflineDao");
  static final ClassName QUERY_METHOD = ClassName.get(GENERATED_ABI + ".dao", "QueryMethod");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private TypeNames() {}

  /** The query-language field class with this simple name, such as {@code StringField}. */
  static ClassName field(String simpleName) {
    return ClassName.get(QUERY, simpleName);
  }

  /** {@code @SyncTable} for {@code dev.offsync.annotations.SyncTable}: how messages name an annotation. */
  static String display(String annotation) {
    return "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
  }
}
