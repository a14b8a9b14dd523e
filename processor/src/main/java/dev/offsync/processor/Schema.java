package dev.offsync.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite schema of a table and its hash, computed at compile time. The canonical text is the one core's
 * {@code SchemaHash} documents; a test checks that both give the same hash.
 */
final class Schema {

  private Schema() {}

  /** {@code CREATE TABLE IF NOT EXISTS "t" ("id" TEXT PRIMARY KEY NOT NULL, "updatedAt" INTEGER, ...)}. */
  static String createTableSql(String table, List<PropertyModel> columns) {
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(quote(table))
        .append(" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\" INTEGER, \"version\" TEXT");
    for (PropertyModel column : columns) {
      sql.append(", ").append(quote(column.columnName())).append(' ').append(column.kind().stored().sqliteType());
      if (column.primitive()) {
        sql.append(" NOT NULL");
      }
    }
    return sql.append(')').toString();
  }

  /** An index on {@code updatedAt}, then one per indexed column, each named {@code <table>_<column>}. */
  static List<String> createIndexSql(String table, List<PropertyModel> columns) {
    List<String> statements = new ArrayList<>();
    statements.add(index(table, "updatedAt"));
    for (PropertyModel column : columns) {
      if (column.indexed()) {
        statements.add(index(table, column.columnName()));
      }
    }
    return statements;
  }

  /** The canonical text of the table name and data columns. */
  static String canonicalText(String table, List<PropertyModel> columns) {
    StringBuilder text = new StringBuilder("offsync-schema 1\ntable ").append(table).append('\n');
    for (PropertyModel column : columns) {
      text.append("column ").append(column.columnName())
          .append(' ').append(column.kind().stored().schemaName())
          .append(" nullable=").append(!column.primitive())
          .append(" localOnly=").append(column.localOnly())
          .append(" indexed=").append(column.indexed())
          .append('\n');
    }
    return text.toString();
  }

  /** Lowercase hex SHA-256 of the UTF-8 text. */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform supports SHA-256", e);
    }
  }

  private static String index(String table, String column) {
    return "CREATE INDEX IF NOT EXISTS " + quote(table + "_" + column) + " ON " + quote(table) + " ("
        + quote(column) + ")";
  }

  private static String quote(String identifier) {
    return '"' + identifier + '"';
  }
}
