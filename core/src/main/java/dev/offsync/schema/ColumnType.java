package dev.offsync.schema;

/**
 * The storage and wire type of a column: what the value is in JSON, in SQLite and in PostgreSQL.
 *
 * <p>Several Java types share one column type: {@code byte}, {@code short} and {@code int} are {@link #INT};
 * {@code char} and {@code String} are {@link #STRING}; {@code Instant} and {@code OffsetDateTime} are
 * {@link #DATETIME}, an instant in UTC with millisecond precision. The names match the schema file's column
 * types ({@code string int long ...}) through {@link #schemaName()}.
 */
public enum ColumnType {
  /** Text; JSON string; SQLite {@code TEXT}; PostgreSQL {@code text}. */
  STRING("string", "TEXT", "text"),
  /** JSON boolean; SQLite {@code INTEGER} 0/1; PostgreSQL {@code boolean}. */
  BOOLEAN("boolean", "INTEGER", "boolean"),
  /** 32-bit integer; SQLite {@code INTEGER}; PostgreSQL {@code integer}. */
  INT("int", "INTEGER", "integer"),
  /** 64-bit integer; SQLite {@code INTEGER}; PostgreSQL {@code bigint}. */
  LONG("long", "INTEGER", "bigint"),
  /** 32-bit float; SQLite {@code REAL}; PostgreSQL {@code real}. */
  FLOAT("float", "REAL", "real"),
  /** 64-bit float; SQLite {@code REAL}; PostgreSQL {@code double precision}. */
  DOUBLE("double", "REAL", "double precision"),
  /** Exact decimal; JSON number; SQLite {@code TEXT} (exact, compared numerically); PostgreSQL {@code numeric}. */
  DECIMAL("decimal", "TEXT", "numeric"),
  /** An instant, UTC, millisecond precision; JSON ISO-8601 text; SQLite {@code INTEGER} epoch millis. */
  DATETIME("datetime", "INTEGER", "timestamptz"),
  /** A calendar date; JSON {@code "yyyy-MM-dd"}; SQLite {@code TEXT}; PostgreSQL {@code date}. */
  DATE("date", "TEXT", "date"),
  /** A time of day, millisecond precision; JSON {@code "HH:mm:ss.SSS"}; SQLite {@code TEXT}. */
  TIME("time", "TEXT", "time"),
  /** A date and time without zone; JSON {@code "yyyy-MM-ddTHH:mm:ss.SSS"}; SQLite {@code TEXT}. */
  LOCAL_DATETIME("localdatetime", "TEXT", "timestamp"),
  /** A UUID in {@code 8-4-4-4-12} lowercase form; SQLite {@code TEXT}; PostgreSQL {@code uuid}. */
  UUID("uuid", "TEXT", "uuid"),
  /** Bytes; JSON base64 text; SQLite {@code BLOB}; PostgreSQL {@code bytea}. */
  BYTES("bytes", "BLOB", "bytea"),
  /** An enum constant by name; JSON string; SQLite {@code TEXT}; PostgreSQL {@code text}. */
  ENUM("enum", "TEXT", "text");

  private final String schemaName;
  private final String sqliteType;
  private final String postgresType;

  ColumnType(String schemaName, String sqliteType, String postgresType) {
    this.schemaName = schemaName;
    this.sqliteType = sqliteType;
    this.postgresType = postgresType;
  }

  /** The name used in schema files and schema exports, for example {@code "datetime"}. */
  public String schemaName() {
    return schemaName;
  }

  /** The SQLite column type this column type is stored as. */
  public String sqliteType() {
    return sqliteType;
  }

  /** The PostgreSQL column type this column type is stored as. */
  public String postgresType() {
    return postgresType;
  }

  /**
   * The column type with the given schema name.
   *
   * @throws IllegalArgumentException naming the accepted names, if there is none
   */
  public static ColumnType fromSchemaName(String name) {
    for (ColumnType type : values()) {
      if (type.schemaName.equals(name)) {
        return type;
      }
    }
    StringBuilder accepted = new StringBuilder();
    for (ColumnType type : values()) {
      accepted.append(accepted.length() == 0 ? "" : ", ").append(type.schemaName);
    }
    throw new IllegalArgumentException("Unknown column type '" + name + "'; expected one of " + accepted);
  }
}
