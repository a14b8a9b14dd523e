package dev.offsync.benchmarks.micro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A DAO as an application might hand-roll it without a code generator: Jackson's {@code convertValue} turns
 * an object into a column map and back, JDBC binds by position, and the queue row holds
 * {@code writeValueAsString}. The baseline of the local benchmarks. One transaction per call.
 *
 * @param <T> the entity type
 */
public final class ReflectiveDao<T> {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper mapper = Databind.mapper();
  private final Connection connection;
  private final String table;
  private final Class<T> type;

  /** A DAO for table {@code table} of entity {@code type}. */
  public ReflectiveDao(Connection connection, String table, Class<T> type) {
    this.connection = connection;
    this.table = table;
    this.type = type;
  }

  /** Inserts each entity and a queue row for it, in one transaction. */
  public void insertAll(List<T> entities) throws SQLException, JsonProcessingException {
    try (Statement transaction = connection.createStatement()) {
      transaction.execute("BEGIN IMMEDIATE");
      try {
        PreparedStatement rows = null;
        try (PreparedStatement operations = connection.prepareStatement(RawJdbc.INSERT_OPERATION)) {
          for (T entity : entities) {
            Map<String, Object> values = mapper.convertValue(entity, MAP);
            if (rows == null) {
              rows = connection.prepareStatement(insertSql(values));
            }
            bind(rows, values);
            rows.executeUpdate();
            long now = System.currentTimeMillis();
            operations.setObject(1, values.get("id"));
            operations.setString(2, mapper.writeValueAsString(entity));
            operations.setLong(3, now);
            operations.setLong(4, now);
            operations.executeUpdate();
          }
        } finally {
          if (rows != null) {
            rows.close();
          }
        }
        transaction.execute("COMMIT");
      } catch (SQLException | RuntimeException | JsonProcessingException e) {
        transaction.execute("ROLLBACK");
        throw e;
      }
    }
  }

  /** The entities whose {@code column} equals {@code value}, in id order. */
  public List<T> where(String column, Object value) throws SQLException {
    String sql = "SELECT * FROM \"" + table + "\" WHERE \"" + column + "\" = ? ORDER BY \"id\"";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, value);
      List<T> entities = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnLabel(i), rows.getObject(i));
          }
          entities.add(mapper.convertValue(values, type));
        }
      }
      return entities;
    }
  }

  private String insertSql(Map<String, Object> values) {
    StringJoiner columns = new StringJoiner(", ");
    StringJoiner parameters = new StringJoiner(", ");
    for (String column : values.keySet()) {
      columns.add('"' + column + '"');
      parameters.add("?");
    }
    return "INSERT INTO \"" + table + "\" (" + columns + ") VALUES (" + parameters + ")";
  }

  private static void bind(PreparedStatement statement, Map<String, Object> values) throws SQLException {
    Iterator<Object> each = values.values().iterator();
    for (int i = 1; each.hasNext(); i++) {
      Object value = each.next();
      statement.setObject(i, value instanceof Boolean flag ? (flag ? 1 : 0) : value);
    }
  }
}
