package dev.offsync.server.internal.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a schema file: {@code {"tables":[{"name":"movies","columns":{"title":"string","year":"int"},
 * "softDelete":false,"pageSize":100,"ownerColumn":null}]}}. Every mistake is an
 * {@link IllegalArgumentException} naming the file, the table and the column.
 */
public final class SchemaFile {

  private static final Set<String> TABLE_KEYS = Set.of("name", "columns", "softDelete", "pageSize",
      "ownerColumn");
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private SchemaFile() {}

  /** The tables of a schema file. */
  public static List<TableSchema> read(Path file) {
    String where = "Schema file " + file;
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(where + " cannot be read: " + e.getMessage(), e);
    }
    return parse(where, root);
  }

  /** The tables of a parsed schema; {@code where} starts every message. */
  static List<TableSchema> parse(String where, JsonNode root) {
    if (root == null || !root.isObject() || !root.path("tables").isArray() || root.size() != 1) {
      throw new IllegalArgumentException(where + ": expected {\"tables\": [ ... ]} and nothing else");
    }
    List<TableSchema> tables = new ArrayList<>();
    int index = 0;
    for (JsonNode table : root.get("tables")) {
      tables.add(table(where + ", table #" + ++index, table));
    }
    if (tables.isEmpty()) {
      throw new IllegalArgumentException(where + ": \"tables\" is empty; declare at least one table");
    }
    return tables;
  }

  private static TableSchema table(String where, JsonNode node) {
    if (!node.isObject() || !node.path("name").isTextual()) {
      throw new IllegalArgumentException(where + ": each table is an object with a string \"name\"");
    }
    String name = node.get("name").asText();
    String at = where.replaceFirst("table #\\d+$", "table '" + name + "'");
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!TABLE_KEYS.contains(key)) {
        throw new IllegalArgumentException(at + ": unknown property '" + key + "'; expected " + TABLE_KEYS);
      }
    }
    try {
      return new TableSchema(name, columns(at, node.get("columns")), flag(at, node.get("softDelete")),
          pageSize(at, node.get("pageSize")), owner(at, node.get("ownerColumn")));
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(at) ? e : new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static List<ColumnDefinition> columns(String where, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + ": \"columns\" must be an object of name: type, such as"
          + " {\"title\": \"string\"}");
    }
    List<ColumnDefinition> columns = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String at = where + ", column '" + field.getKey() + "'";
      if (!field.getValue().isTextual()) {
        throw new IllegalArgumentException(at + ": the type must be a string such as \"string\" or \"int\"");
      }
      try {
        columns.add(ColumnDefinition.of(field.getKey(), ColumnType.fromSchemaName(field.getValue().asText())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
      }
    }
    return columns;
  }

  static boolean flag(String where, JsonNode node) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(where + ": \"softDelete\" must be true or false");
    }
    return node.asBoolean();
  }

  static int pageSize(String where, JsonNode node) {
    if (node == null || node.isNull()) {
      return 0;
    }
    if (!node.isInt() || node.asInt() < 1) {
      throw new IllegalArgumentException(where + ": \"pageSize\" must be a whole number of at least 1");
    }
    return node.asInt();
  }

  static String owner(String where, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new IllegalArgumentException(where + ": \"ownerColumn\" must be a column name or null");
    }
    return node.asText();
  }
}
