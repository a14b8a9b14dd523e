package dev.offsync.processor;

import com.palantir.javapoet.CodeBlock;

/**
 * The Java value types a column can have: how each is stored, which query field class names it, and which
 * {@code JsonValues}/{@code RowValues} methods read and write it.
 */
enum ValueKind {
  STRING(StoredType.STRING, "StringField", "String", null),
  CHAR(StoredType.STRING, "StringField", "Char", "'\\0'"),
  BOOLEAN(StoredType.BOOLEAN, "BooleanField", "Boolean", "false"),
  BYTE(StoredType.INT, "IntField", "Byte", "(byte) 0"),
  SHORT(StoredType.INT, "IntField", "Short", "(short) 0"),
  INT(StoredType.INT, "IntField", "Int", "0"),
  LONG(StoredType.LONG, "LongField", "Long", "0L"),
  FLOAT(StoredType.FLOAT, "FloatField", "Float", "0f"),
  DOUBLE(StoredType.DOUBLE, "DoubleField", "Double", "0d"),
  DECIMAL(StoredType.DECIMAL, "DecimalField", "Decimal", null),
  INSTANT(StoredType.DATETIME, "InstantField", "Instant", null),
  OFFSET_DATETIME(StoredType.DATETIME, "OffsetDateTimeField", "OffsetDateTime", null),
  DATE(StoredType.DATE, "DateField", "Date", null),
  TIME(StoredType.TIME, "TimeField", "Time", null),
  LOCAL_DATETIME(StoredType.LOCAL_DATETIME, "LocalDateTimeField", "LocalDateTime", null),
  UUID(StoredType.UUID, "UuidField", "Uuid", null),
  BYTES(StoredType.BYTES, "BytesField", "Bytes", null),
  ENUM(StoredType.ENUM, "EnumField", "Enum", null);

  /** The supported types as messages list them. */
  static final String SUPPORTED = "String, boolean, byte, short, int, long, float, double, char and their boxes,"
      + " BigDecimal, Instant, OffsetDateTime, LocalDate, LocalTime, LocalDateTime, UUID, byte[] and enums";

  private final StoredType stored;
  private final String fieldClass;
  private final String suffix;
  private final String primitiveDefault;

  ValueKind(StoredType stored, String fieldClass, String suffix, String primitiveDefault) {
    this.stored = stored;
    this.fieldClass = fieldClass;
    this.suffix = suffix;
    this.primitiveDefault = primitiveDefault;
  }

  StoredType stored() {
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
