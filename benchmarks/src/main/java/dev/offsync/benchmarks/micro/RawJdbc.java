package dev.offsync.benchmarks.micro;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.internal.generated.Values;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw JDBC on the store's own tables, written for this one model: the limit of the local benchmarks. Rows
 * and queue rows go in batches, in one transaction; nothing is checked that SQLite does not check.
 */
public final class RawJdbc {

  /** The local row's columns, in the store's order. */
  static final String COLUMNS = "\"id\", \"updatedAt\", \"version\", \"title\", \"description\", \"complete\","
      + " \"priority\", \"quantity\", \"price\", \"category\", \"dueDate\"";
  static final String INSERT_ROW = "INSERT INTO \"items\" (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_OPERATION = "INSERT INTO \"__operations\" (\"table\", \"itemId\", \"kind\", \"item\","
      + " \"version\", \"state\", \"attempts\", \"httpStatus\", \"lastError\", \"base\", \"serverItem\", \"revision\","
      + " \"createdAt\", \"updatedAt\") VALUES ('items', ?, 'INSERT', ?, NULL, 'PENDING', 0, NULL, NULL, NULL, NULL,"
      + " 1, ?, ?)";
  static final String BY_CATEGORY = "SELECT " + COLUMNS + " FROM \"items\" WHERE \"category\" = ? ORDER BY \"id\"";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private RawJdbc() {}

  /** Inserts the rows and their queue rows in batches, in one transaction. */
  public static void insertAll(Connection connection, List<Item> items) throws SQLException {
    long now = System.currentTimeMillis();
    try (Statement transaction = connection.createStatement()) {
      transaction.execute("BEGIN IMMEDIATE");
      try (PreparedStatement rows = connection.prepareStatement(INSERT_ROW);
          PreparedStatement operations = connection.prepareStatement(INSERT_OPERATION)) {
        for (Item item : items) {
          bindRow(rows, item);
          rows.addBatch();
          operations.setString(1, item.id());
          operations.setString(2, json(item));
          operations.setLong(3, now);
          operations.setLong(4, now);
          operations.addBatch();
        }
        rows.executeBatch();
        operations.executeBatch();
        transaction.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        transaction.execute("ROLLBACK");
        throw e;
      }
    }
  }

  /** Binds the local row of an item, as the store lays it out. */
  public static void bindRow(PreparedStatement row, Item item) throws SQLException {
    row.setString(1, item.id());
    if (item.updatedAt() == null) {
      row.setNull(2, Types.INTEGER);
    } else {
      row.setLong(2, item.updatedAt().toEpochMilli());
    }
    row.setString(3, item.version());
    row.setString(4, item.title());
    row.setString(5, item.description());
    row.setInt(6, item.complete() ? 1 : 0);
    row.setInt(7, item.priority());
    row.setLong(8, item.quantity());
    row.setDouble(9, item.price());
    row.setString(10, item.category());
    row.setString(11, item.dueDate() == null ? null : Values.formatDate(item.dueDate()));
  }

  /** The items of one category, in id order. */
  public static List<Item> byCategory(Connection connection, String category) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(BY_CATEGORY)) {
      statement.setString(1, category);
      List<Item> items = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          items.add(read(row));
        }
      }
      return items;
    }
  }

  private static Item read(ResultSet row) throws SQLException {
    long updatedAt = row.getLong(2);
    Instant updated = row.wasNull() ? null : Instant.ofEpochMilli(updatedAt);
    String dueDate = row.getString(11);
    return new Item(row.getString(1), row.getString(4), row.getString(5), row.getInt(6) != 0, row.getInt(7),
        row.getLong(8), row.getDouble(9), row.getString(10), dueDate == null ? null : Values.parseDate(dueDate),
        updated, row.getString(3));
  }

  /** The item's JSON, written by the hand-written streaming code. */
  static String json(Item item) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator out = JSON.createGenerator(text)) {
      StreamingCodec.write(item, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
