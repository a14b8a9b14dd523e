package dev.offsync.processor;

import com.palantir.javapoet.CodeBlock;
import dev.offsync.schema.ColumnType;

/**
 * The Java value types a column can have: how each is stored, which query field class names it, and which
 * {@code JsonValues}/{@code RowValues} methods read and write it.
 */
enum ValueKind {
  STRING(ColumnType.STRING, "StringField", "String", null),
  CHAR(ColumnType.STRING, "StringField", "Char", "'\\0'"),
  BOOLEAN(ColumnType.BOOLEAN, "BooleanField", "Boolean", "false"),
  BYTE(ColumnType.INT, "IntField", "Byte", "(byte) 0"),
  SHORT(ColumnType.INT, "IntField", "Short", "(short) 0"),
  INT(ColumnType.INT, "IntField", "Int", "0"),
  LONG(ColumnType.LONG, "LongField", "Long", "0L"),
  FLOAT(ColumnType.FLOAT, "FloatField", "Float", "0f"),
  DOUBLE(ColumnType.DOUBLE, "DoubleField", "Double", "0d"),
  DECIMAL(ColumnType.DECIMAL, "DecimalField", "Decimal", null),
  INSTANT(ColumnType.DATETIME, "InstantField", "Instant", null),
  OFFSET_DATETIME(ColumnType.DATETIME, "OffsetDateTimeField", "OffsetDateTime", null),
  DATE(ColumnType.DATE, "DateField", "Date", null),
  TIME(ColumnType.TIME, "TimeField", "Time", null),
  LOCAL_DATETIME(ColumnType.LOCAL_DATETIME, "LocalDateTimeField", "LocalDateTime", null),
  UUID(ColumnType.UUID, "UuidField", "Uuid", null),
  BYTES(ColumnType.BYTES, "BytesField", "Bytes", null),
  ENUM(ColumnType.ENUM, "EnumField", "Enum", null);

  /** The supported types as messages list them. */
  static final String SUPPORTED = "String, boolean, byte, short, int, long, float, double, char and their boxes,"
      + " BigDecimal, Instant, OffsetDateTime, LocalDate, LocalTime, LocalDateTime, UUID, byte[] and enums";

  private final ColumnType stored;
  private final String fieldClass;
  private final String suffix;
  private final String primitiveDefault;

  ValueKind(ColumnType stored, String fieldClass, String suffix, String primitiveDefault) {
    this.stored = stored;
    this.fieldClass = fieldClass;
    this.suffix = suffix;
    this.primitiveDefault = primitiveDefault;
  }

  ColumnType stored() {
    return stored;
  }

  /** The simple name of the {@code dev.offsync.query} field class. */
  String fieldClass() {
    return fieldClass;
  }

  /** The default of the primitive form, or {@code null} for a reference. */
  CodeBlock defaultValue(boolean primitive) {
    return CodeBlock.of(primitive ? primitiveDefault : "null");
  }

  /** {@code JsonValues.writeX}. */
  String jsonWriter() {
    return "write" + suffix;
  }

  /** {@code JsonValues.readX} for primitives and references, {@code readXOrNull} for boxes. */
  String jsonReader(boolean primitive) {
    return "read" + suffix + boxSuffix(primitive);
  }

  /** {@code RowValues.bindX}. */
  String rowBinder() {
    return "bind" + suffix;
  }

  /** {@code RowValues.getX} for primitives and references, {@code getXOrNull} for boxes. */
  String rowReader(boolean primitive) {
    return "get" + suffix + boxSuffix(primitive);
  }

  private String boxSuffix(boolean primitive) {
    return primitiveDefault != null && !primitive ? "OrNull" : "";
  }
}
