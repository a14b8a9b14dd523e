package dev.offsync.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The schema hash of a table: lowercase hex SHA-256 of a canonical text of its name and data columns.
 *
 * <p>The processor computes the same hash at compile time for {@link TableDefinition#schemaHash()}; this class
 * lets anything that describes a table at run time (a schema file, a test) compute an equal hash. The canonical
 * text is, with {@code \n} after every line:
 * <pre>
 * offsync-schema 1
 * table todoitems
 * column title string nullable=true localOnly=false indexed=false
 * </pre>
 * one {@code column} line per data column in storage order, the type being {@link ColumnType#schemaName()}.
 */
public final class SchemaHash {

  private SchemaHash() {}

  /** The lowercase hex SHA-256 of {@link #canonicalText}. */
  public static String of(String tableName, List<ColumnDefinition> columns) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonicalText(tableName, columns).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform supports SHA-256", e);
    }
  }

  /** The canonical text that the hash is computed from. */
  public static String canonicalText(String tableName, List<ColumnDefinition> columns) {
    StringBuilder text = new StringBuilder("offsync-schema 1\ntable ").append(tableName).append('\n');
    for (ColumnDefinition column : columns) {
      text.append("column ").append(column.name())
          .append(' ').append(column.type().schemaName())
          .append(" nullable=").append(column.nullable())
          .append(" localOnly=").append(column.localOnly())
          .append(" indexed=").append(column.indexed())
          .append(column.serviceOwned() ? " serviceOwned=true" : "")
          .append('\n');
    }
    return text.toString();
  }
}
