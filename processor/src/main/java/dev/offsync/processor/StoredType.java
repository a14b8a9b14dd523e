package dev.offsync.processor;

/**
 * The processor's copy of core's {@code ColumnType}: the constant name generated code refers to, the schema name
 * and the SQLite type. A test checks that the two agree.
 */
enum StoredType {
  STRING("string", "TEXT"),
  BOOLEAN("boolean", "INTEGER"),
  INT("int", "INTEGER"),
  LONG("long", "INTEGER"),
  FLOAT("float", "REAL"),
  DOUBLE("double", "REAL"),
  DECIMAL("decimal", "TEXT"),
  DATETIME("datetime", "INTEGER"),
  DATE("date", "TEXT"),
  TIME("time", "TEXT"),
  LOCAL_DATETIME("localdatetime", "TEXT"),
  UUID("uuid", "TEXT"),
  BYTES("bytes", "BLOB"),
  ENUM("enum", "TEXT");

  private final String schemaName;
  private final String sqliteType;

  StoredType(String schemaName, String sqliteType) {
    this.schemaName = schemaName;
    this.sqliteType = sqliteType;
  }

  String schemaName() {
    return schemaName;
  }

  String sqliteType() {
    return sqliteType;
  }
}
