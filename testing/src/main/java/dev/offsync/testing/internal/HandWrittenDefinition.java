package dev.offsync.testing.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.internal.generated.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A table definition written by hand, following {@link TableDefinition}'s Javadoc (row layout, JSON rules)
 * the way generated code does, for the column types STRING, BOOLEAN, INT, LONG, DOUBLE and DATETIME.
 * Used where one compilation needs two models of the same table (migration tests).
 *
 * @param <T> the entity type
 */
public final class HandWrittenDefinition<T> implements TableDefinition<T> {

  /** One data column: its definition and how to read it from an entity. */
  private record Column<T>(ColumnDefinition definition, Function<T, Object> getter) {}

  /** Builds an entity from its system properties and its data values in column order. */
  @FunctionalInterface
  public interface Factory<T> {
    /** The entity. */
    T create(SystemProperties system, Object[] values);
  }

  private final String table;
  private final Class<T> type;
  private final List<Column<T>> columns;
  private final Factory<T> factory;
  private final boolean declaresUpdatedAt;
  private final boolean declaresVersion;
  private final Function<T, SystemProperties> system;

  private HandWrittenDefinition(Builder<T> builder) {
    table = builder.table;
    type = builder.type;
    columns = List.copyOf(builder.columns);
    factory = builder.factory;
    declaresUpdatedAt = builder.declaresUpdatedAt;
    declaresVersion = builder.declaresVersion;
    system = builder.system;
  }

  /** Starts a definition of {@code table} for entities of {@code type}. */
  public static <T> Builder<T> builder(String table, Class<T> type) {
    return new Builder<>(table, type);
  }

  @Override
  public String tableName() {
    return table;
  }

  @Override
  public Class<T> entityType() {
    return type;
  }

  @Override
  public List<ColumnDefinition> columns() {
    return columns.stream().map(Column::definition).toList();
  }

  @Override
  public String createTableSql() {
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS \"" + table
        + "\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER, \"version\" TEXT");
    for (ColumnDefinition column : columns()) {
      sql.append(", \"").append(column.name()).append("\" ").append(column.type().sqliteType())
          .append(column.nullable() ? "" : " NOT NULL");
    }
    return sql.append(')').toString();
  }

  @Override
  public List<String> createIndexSql() {
    List<String> sql = new ArrayList<>();
    sql.add(index("updatedAt"));
    columns().stream().filter(ColumnDefinition::indexed).forEach(column -> sql.add(index(column.name())));
    return sql;
  }

  private String index(String column) {
    return "CREATE INDEX IF NOT EXISTS \"" + table + "_" + column + "\" ON \"" + table + "\" (\"" + column
        + "\")";
  }

  @Override
  public String schemaHash() {
    StringBuilder text = new StringBuilder(table);
    for (ColumnDefinition c : columns()) {
      text.append('|').append(c.name()).append(':').append(c.type().schemaName()).append(':')
          .append(c.nullable()).append(':').append(c.localOnly()).append(':').append(c.indexed());
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public SystemProperties systemProperties(T entity) {
    SystemProperties all = system.apply(entity);
    return new SystemProperties(all.id(), declaresUpdatedAt ? all.updatedAt() : null,
        declaresVersion ? all.version() : null, false);
  }

  @Override
  public T withSystemProperties(T entity, SystemProperties newSystem) {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns.get(i).getter().apply(entity);
    }
    return factory.create(new SystemProperties(newSystem.id(), declaresUpdatedAt ? newSystem.updatedAt() : null,
        declaresVersion ? newSystem.version() : null, false), values);
  }

  @Override
  public void writeJson(T entity, JsonGenerator out) throws IOException {
    SystemProperties properties = systemProperties(entity);
    out.writeStartObject();
    out.writeStringField("id", properties.id());
    for (Column<T> column : columns) {
      if (!column.definition().localOnly()) {
        out.writeFieldName(column.definition().name());
        writeValue(out, column.definition().type(), column.getter().apply(entity));
      }
    }
    if (declaresUpdatedAt) {
      out.writeStringField("updatedAt", properties.updatedAt() == null ? null
          : Values.formatInstant(properties.updatedAt()));
    }
    if (declaresVersion) {
      out.writeStringField("version", properties.version());
    }
    out.writeEndObject();
  }

  private static void writeValue(JsonGenerator out, ColumnType type, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
      return;
    }
    switch (type) {
      case STRING -> out.writeString((String) value);
      case BOOLEAN -> out.writeBoolean((Boolean) value);
      case INT -> out.writeNumber((Integer) value);
      case LONG -> out.writeNumber((Long) value);
      case DOUBLE -> out.writeNumber((Double) value);
      case DATETIME -> out.writeString(Values.formatInstant((Instant) value));
      default -> throw new IllegalArgumentException("unsupported in tests: " + type);
    }
  }

  @Override
  public Decoded<T> readJson(JsonParser in) throws IOException {
    String id = null;
    Instant updatedAt = null;
    String version = null;
    boolean deleted = false;
    Object[] values = defaults();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      JsonToken token = in.nextToken();
      switch (name.toLowerCase(Locale.ROOT)) {
        case "id" -> id = token == JsonToken.VALUE_NULL ? null : in.getText();
        case "updatedat" -> updatedAt = token == JsonToken.VALUE_NULL ? null : Values.parseInstant(in.getText());
        case "version" -> version = token == JsonToken.VALUE_NULL ? null : in.getText();
        case "deleted" -> deleted = token == JsonToken.VALUE_TRUE;
        default -> readColumn(in, name, token, values);
      }
    }
    SystemProperties properties = new SystemProperties(id, updatedAt, version, deleted);
    return new Decoded<>(factory.create(declared(properties), values), properties);
  }

  private void readColumn(JsonParser in, String name, JsonToken token, Object[] values) throws IOException {
    int index = indexOf(name);
    if (index < 0 || columns.get(index).definition().localOnly()) {
      in.skipChildren();
      return;
    }
    ColumnDefinition column = columns.get(index).definition();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    try {
      values[index] = switch (column.type()) {
        case STRING -> in.getValueAsString();
        case BOOLEAN -> in.getBooleanValue();
        case INT -> in.getIntValue();
        case LONG -> in.getLongValue();
        case DOUBLE -> in.getDoubleValue();
        case DATETIME -> Values.parseInstant(in.getText());
        default -> throw new IllegalArgumentException("unsupported in tests: " + column.type());
      };
    } catch (IOException | IllegalArgumentException e) {
      throw new JsonParseException(in, "Bad value for column '" + column.name() + "'", e);
    }
  }

  private int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).definition().name().equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).definition().name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private Object[] defaults() {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      ColumnDefinition column = columns.get(i).definition();
      values[i] = column.nullable() ? null : zero(column.type());
    }
    return values;
  }

  private static Object zero(ColumnType type) {
    return switch (type) {
      case BOOLEAN -> false;
      case INT -> 0;
      case LONG -> 0L;
      case DOUBLE -> 0.0;
      default -> null;
    };
  }

  @Override
  public void bindRow(T entity, SystemProperties properties, PreparedStatement statement, int first)
      throws SQLException {
    statement.setString(first, properties.id());
    if (properties.updatedAt() == null) {
      statement.setNull(first + 1, Types.INTEGER);
    } else {
      statement.setLong(first + 1, properties.updatedAt().toEpochMilli());
    }
    statement.setString(first + 2, properties.version());
    for (int i = 0; i < columns.size(); i++) {
      bindValue(statement, first + SYSTEM_COLUMN_COUNT + i, columns.get(i).definition().type(),
          columns.get(i).getter().apply(entity));
    }
  }

  private static void bindValue(PreparedStatement statement, int index, ColumnType type, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, type == ColumnType.STRING ? Types.VARCHAR
          : type == ColumnType.DOUBLE ? Types.DOUBLE : Types.INTEGER);
      return;
    }
    switch (type) {
      case STRING -> statement.setString(index, (String) value);
      case BOOLEAN -> statement.setInt(index, (Boolean) value ? 1 : 0);
      case INT -> statement.setInt(index, (Integer) value);
      case LONG -> statement.setLong(index, (Long) value);
      case DOUBLE -> statement.setDouble(index, (Double) value);
      case DATETIME -> statement.setLong(index, ((Instant) value).toEpochMilli());
      default -> throw new IllegalArgumentException("unsupported in tests: " + type);
    }
  }

  @Override
  public Decoded<T> readRow(ResultSet row, int first) throws SQLException {
    String id = row.getString(first);
    long millis = row.getLong(first + 1);
    Instant updatedAt = row.wasNull() ? null : Instant.ofEpochMilli(millis);
    String version = row.getString(first + 2);
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = readValue(row, first + SYSTEM_COLUMN_COUNT + i, columns.get(i).definition());
    }
    SystemProperties properties = new SystemProperties(id, updatedAt, version, false);
    return new Decoded<>(factory.create(declared(properties), values), properties);
  }

  private static Object readValue(ResultSet row, int index, ColumnDefinition column) throws SQLException {
    Object value = switch (column.type()) {
      case STRING -> row.getString(index);
      case BOOLEAN -> row.getInt(index) != 0;
      case INT -> row.getInt(index);
      case LONG -> row.getLong(index);
      case DOUBLE -> row.getDouble(index);
      case DATETIME -> Instant.ofEpochMilli(row.getLong(index));
      default -> throw new IllegalArgumentException("unsupported in tests: " + column.type());
    };
    return row.wasNull() ? (column.nullable() ? null : zero(column.type())) : value;
  }

  private SystemProperties declared(SystemProperties properties) {
    return new SystemProperties(properties.id(), declaresUpdatedAt ? properties.updatedAt() : null,
        declaresVersion ? properties.version() : null, false);
  }

  /**
   * Builds a definition.
   *
   * @param <T> the entity type
   */
  public static final class Builder<T> {

    private final String table;
    private final Class<T> type;
    private final List<Column<T>> columns = new ArrayList<>();
    private Factory<T> factory;
    private boolean declaresUpdatedAt;
    private boolean declaresVersion;
    private Function<T, SystemProperties> system;

    private Builder(String table, Class<T> type) {
      this.table = table;
      this.type = type;
    }

    /** Adds a synchronized, unindexed column. */
    public Builder<T> column(String name, ColumnType columnType, boolean nullable, Function<T, Object> getter) {
      return column(new ColumnDefinition(name, columnType, nullable, false, false), getter);
    }

    /** Adds a column as defined. */
    public Builder<T> column(ColumnDefinition definition, Function<T, Object> getter) {
      columns.add(new Column<>(definition, getter));
      return this;
    }

    /** How to read the system properties from an entity, and which of them the model declares. */
    public Builder<T> system(Function<T, SystemProperties> reader, boolean updatedAt, boolean version) {
      this.system = reader;
      this.declaresUpdatedAt = updatedAt;
      this.declaresVersion = version;
      return this;
    }

    /** How to build an entity. */
    public Builder<T> factory(Factory<T> newFactory) {
      this.factory = newFactory;
      return this;
    }

    /** The definition. */
    public HandWrittenDefinition<T> build() {
      return new HandWrittenDefinition<>(this);
    }
  }
}
