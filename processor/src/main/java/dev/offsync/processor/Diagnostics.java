package dev.offsync.processor;

import static dev.offsync.processor.TypeNames.display;

/**
 * Every message the processor reports, in one voice: the rule, the offending name, then the fix. Tests match on
 * these texts, and {@code docs/processor.md} lists them.
 */
final class Diagnostics {

  private static final String COLUMN_RENAME = "rename it with @Column(name = \"...\")";

  private Diagnostics() {}

  static String notClassOrRecord(String type, String kind) {
    return "@SyncTable must be on a class or record, but " + type + " is " + kind
        + ". Move @SyncTable to a class or record.";
  }

  static String abstractType(String type) {
    return "@SyncTable type " + type + " must not be abstract, because generated code creates instances of it."
        + " Make it concrete, or annotate a concrete subclass.";
  }

  static String innerClass(String type) {
    return "@SyncTable type " + type + " must be top-level or a static nested class, but it is an inner class."
        + " Declare it static.";
  }

  static String localClass(String type) {
    return "@SyncTable type " + type + " must be top-level or a static nested class, but it is declared in a"
        + " method. Move it to the package or into a class.";
  }

  static String privateType(String type) {
    return "@SyncTable type " + type + " must not be private (nor nested in a private class), because generated"
        + " code in its package uses it. Make it package-private or public.";
  }

  static String genericType(String type) {
    return "@SyncTable type " + type + " must not be generic. Remove its type parameters.";
  }

  static String noConstructor(String type) {
    return "@SyncTable class " + type + " has no accessible no-argument constructor, so generated code cannot"
        + " create it. Add a non-private constructor " + type + "().";
  }

  static String invalidTableName(String name, boolean defaulted) {
    return "Table name '" + name + "'" + (defaulted ? " (the lower-cased class name)" : "")
        + " is invalid: it must match ^[a-z][a-z0-9_]{0,63}$. Use lower-case letters, digits and underscores,"
        + " e.g. @SyncTable(\"todo_items\").";
  }

  static String duplicateTableName(String name, String otherType) {
    return "Table name '" + name + "' is already used by @SyncTable type " + otherType
        + ". Give each @SyncTable type its own table name.";
  }

  static String duplicateGeneratedName(String generated, String otherType) {
    return "@SyncTable would generate " + generated + ", which is already generated for " + otherType
        + ". Rename one of the two types; generated names use the simple name.";
  }

  static String missingId(String type) {
    return "@SyncTable type " + type + " has no @Id field. Add a field annotated @Id of type String,"
        + " e.g. @Id String id.";
  }

  static String duplicateSystemProperty(String annotation, String field, String first) {
    return display(annotation) + " is already on field '" + first + "', so field '" + field
        + "' cannot have it too. Keep " + display(annotation) + " on exactly one field.";
  }

  static String wrongSystemType(SystemRole role, String field, String actual) {
    return display(role.annotation()) + " field '" + field + "' must be of type " + role.expectedType()
        + ", but is " + actual + ". Change its type to " + role.expectedType() + ".";
  }

  static String twoSystemRoles(String field, String first, String second) {
    return "Field '" + field + "' has both " + display(first) + " and " + display(second)
        + ", but a field can be only one system property. Keep one of them.";
  }

  static String notOnSystemProperty(String annotation, String field, SystemRole role) {
    return display(annotation) + " is not allowed on the " + display(role.annotation()) + " field '" + field
        + "': system properties have fixed names, are always synchronized and are indexed by the store as"
        + " needed. Remove " + display(annotation) + ".";
  }

  static String unsupportedType(String field, String type) {
    return "Field '" + field + "' has the unsupported type " + type + ". Supported types: " + ValueKind.SUPPORTED
        + ". Change the type, or mark the field @Ignore.";
  }

  static String inaccessibleType(String field, String type) {
    return "Field '" + field + "' has the type " + type + ", which is private, so generated code cannot use it."
        + " Make " + type + " package-private or public.";
  }

  static String invalidColumnName(String name, String field) {
    return "Column name '" + name + "' of field '" + field + "' is invalid: it must match"
        + " [A-Za-z_][A-Za-z0-9_]{0,127}. Choose a valid name and " + COLUMN_RENAME + ".";
  }

  static String reservedColumnName(String name, String field) {
    return "Column name '" + name + "' of field '" + field + "' is reserved: names starting with __ belong to"
        + " the local store. Choose another name and " + COLUMN_RENAME + ".";
  }

  static String systemColumnName(String name, String field, SystemRole role) {
    return "Column name '" + name + "' of field '" + field + "' is the name of the system property "
        + role.jsonName() + ". Annotate the field " + display(role.annotation()) + ", or " + COLUMN_RENAME + ".";
  }

  static String duplicateColumn(String name, String field, String other) {
    return "Column name '" + name + "' of field '" + field + "' is already used by field '" + other
        + "' (column names are compared ignoring case). Rename one with @Column(name = \"...\").";
  }

  static String noGetter(String field, String getter) {
    return "Field '" + field + "' is private and has no getter, so generated code cannot read it. Add a"
        + " non-private " + getter + "(), make the field non-private, or mark it @Ignore.";
  }

  static String noSetter(String field, String setter, boolean isFinal) {
    return "Field '" + field + "' is " + (isFinal ? "final" : "private") + " and has no setter, so generated"
        + " code cannot set it. Add a non-private " + setter + ", "
        + (isFinal ? "remove final" : "make the field non-private") + ", or mark it @Ignore.";
  }

  static String inheritedFieldNotVisible(String field, String superclass, String pkg) {
    return "Field '" + field + "' of superclass " + superclass + " is not public and has no public getter and"
        + " setter, so generated code in package " + pkg + " cannot use it. Make the field public, add public"
        + " accessors in " + superclass + ", or mark the field @Ignore.";
  }

  static String notAConverter(String field, String converter) {
    return "@Convert on field '" + field + "' names " + converter + ", which does not implement"
        + " dev.offsync.schema.ColumnConverter. Implement ColumnConverter<FieldType, ColumnType> in it.";
  }

  static String converterWrongTypes(String field, String converter, String converts, String fieldType) {
    return "@Convert on field '" + field + "' names " + converter + ", which converts " + converts
        + ", not the field's type " + fieldType + ". Make the converter a ColumnConverter<" + fieldType
        + ", ColumnType>, or name another converter.";
  }

  static String wrongCreatedAtType(String field, String type) {
    return "@CreatedAt field '" + field + "' must be of type Instant or OffsetDateTime, but is " + type
        + ". Change the field's type.";
  }

  static String notOnCreatedAt(String annotation, String field) {
    return display(annotation) + " is not allowed on the @CreatedAt field '" + field + "': its column is always"
        + " createdAt, synchronized and of a timestamp type. Remove " + display(annotation) + ".";
  }

  static String duplicateCreatedAt(String field, String first) {
    return "Column createdAt of @CreatedAt field '" + field + "' is already used by field '" + first + "'. Keep"
        + " one @CreatedAt field, and rename the other with @Column(name = \"...\").";
  }

  static String ambiguousConverters(String field, String type, String converters) {
    return "Field '" + field + "' has the type " + type + ", for which several converters are registered on"
        + " @SyncDatabase: " + converters + ". Register one converter per type, or name one on the field with"
        + " @Convert.";
  }

  static String databaseConverter(String database, String converter, String problem) {
    return "@SyncDatabase " + database + " registers the converter " + converter + ", which " + problem + ".";
  }

  static String converterColumnType(String field, String converter, String columnType) {
    return "@Convert on field '" + field + "' names " + converter + ", which stores " + columnType
        + ": not a column type. Make its second type argument one of: " + ValueKind.SUPPORTED
        + " (boxed, for primitives).";
  }

  static String convertedSystemProperty(String field, String role) {
    return "@Convert is not allowed on " + display(role) + " field '" + field + "': the protocol fixes the types of"
        + " system properties. Remove @Convert.";
  }

  static String converterNotInstantiable(String field, String converter) {
    return "@Convert on field '" + field + "' names " + converter + ", which generated code cannot create. Make it"
        + " a public, concrete, top-level or static class with a public no-argument constructor.";
  }

  static String ignoredRecordComponent(String component, String annotation) {
    return "Record component '" + component + "' is @Ignore'd, so it is not a column and " + display(annotation)
        + " has no effect. Remove " + display(annotation) + ", or remove @Ignore.";
  }

  static String notAColumn(String field, String modifier, String annotation) {
    return "Field '" + field + "' is " + modifier + ", so it is not a column and " + display(annotation)
        + " has no effect. Remove " + display(annotation) + ", or make the field non-" + modifier + ".";
  }

  static String unresolvedType(String type, String field, String fieldType) {
    return "@SyncTable type " + type + " was not processed: the type " + fieldType + " of field '" + field
        + "' cannot be resolved. Fix the type or its import (or the processor that should generate it).";
  }

  static String internalError(String type, String stackTrace) {
    return "Offsync's @SyncTable processor failed on " + type + "; please report this. " + stackTrace;
  }

  static String writeFailed(String file, String reason) {
    return "@SyncTable could not write " + file + ": " + reason;
  }

  // @SyncDatabase and @Query

  static String databaseNotInterface(String type, String kind) {
    return "@SyncDatabase must be on an interface, but " + type + " is " + kind + ". Declare " + type
        + " as an interface whose methods return the generated DAOs; the processor implements it.";
  }

  static String databaseShape(String type, String problem) {
    return "@SyncDatabase interface " + type + " must " + problem + ", because the generated Offsync" + type
        + " implements it. Change the interface.";
  }

  static String noTables(String type) {
    return "@SyncDatabase interface " + type + " lists no tables. List its @SyncTable types, e.g."
        + " @SyncDatabase(tables = {TodoItem.class}).";
  }

  static String notASyncTable(String table) {
    return "@SyncDatabase lists " + table + ", which is not a @SyncTable type. Annotate " + table
        + " with @SyncTable, or remove it from tables.";
  }

  static String tableListedTwice(String table) {
    return "@SyncDatabase lists " + table + " twice. List each table once.";
  }

  static String notADaoMethod(String method, String returnType, String daos) {
    return "Method '" + method + "' of a @SyncDatabase interface returns " + returnType + ", but an abstract"
        + " method must either take no parameters and return the DAO of a listed table (" + daos + ") or a"
        + " @SyncDao interface, or be annotated @Query. Return one of those, list the table in"
        + " @SyncDatabase(tables = ...), annotate the returned interface @SyncDao, or add @Query.";
  }

  static String daoNotInterface(String type, String kind) {
    return "@SyncDao must be on an interface, but " + type + " is " + kind + ". Declare an interface of @Query"
        + " methods; the processor implements it.";
  }

  static String daoShape(String type, String rule) {
    return "@SyncDao interface " + type + " must " + rule + ". Change the interface.";
  }

  static String notAQueryMethod(String method, String dao) {
    return "Method '" + method + "' of @SyncDao interface " + dao + " is not annotated @Query, so the processor"
        + " cannot implement it. Add @Query(filter = ...), or make it a default method.";
  }

  static String queryReturnType(String method, String returnType, String models) {
    return "@Query method '" + method + "' returns " + returnType + ", but must return List<T>, Stream<T>,"
        + " Optional<T>, T or long, with T the model of a listed table (" + models + "). Change its return type.";
  }

  static String countNeedsTable(String method) {
    return "@Query method '" + method + "' returns long (a count), so @Query must name its table. Add"
        + " table = <Model>.class to @Query.";
  }

  static String queryTableMismatch(String method, String returnModel, String table) {
    return "@Query method '" + method + "' returns " + returnModel + " items but names table " + table
        + ". Remove table = ..., or make the two agree.";
  }

  static String queryGeneric(String method) {
    return "@Query method '" + method + "' must not be generic. Remove its type parameters.";
  }

  static String queryParameterType(String method, String parameter, String type) {
    return "Parameter '" + parameter + "' of @Query method '" + method + "' has the type " + type
        + ", which a filter cannot compare. Use one of the column types (" + ValueKind.SUPPORTED + "), or a"
        + " Collection, List, Set or array of one for an 'in' list: field in (:" + parameter + ").";
  }

  static String unusedQueryParameter(String method, String parameter) {
    return "Parameter '" + parameter + "' of @Query method '" + method + "' is not used by its filter. Use it"
        + " as :" + parameter + " in the filter, or remove it.";
  }

  static String invalidQuery(String method, String member, String reason, int position, String text,
      String columns) {
    return "The " + member + " of @Query method '" + method + "' is invalid at position " + position + ": "
        + reason + ".\n  " + text + "\n  " + " ".repeat(Math.max(0, position)) + "^\nFix the " + member
        + ": the table's columns are " + columns + "; write a method parameter p as :p.";
  }

  static String runtimeMissing(String type) {
    return "@SyncDatabase interface " + type + " cannot be implemented: the Offsync runtime ("
        + TypeNames.RUNTIME_MARKER + ") is not on the class path. Add the dependency dev.offsync:offsync-runtime.";
  }
}
