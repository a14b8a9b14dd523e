package dev.offsync.server.internal.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The server-side options of tables whose columns come from the models: {@code {"movies": {"softDelete":
 * true, "pageSize": 50, "ownerColumn": "owner"}}}. The model holds the columns; these are the service's choices.
 */
public final class TableOptions {

  private static final Set<String> KEYS = Set.of("softDelete", "pageSize", "ownerColumn");
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private TableOptions() {}

  /**
   * The tables with the options of the file applied.
   *
   * @throws IllegalArgumentException naming the file, the table and the option, for a bad file or an option
   *     for a table that is not served
   */
  public static List<TableSchema> apply(Path file, List<TableSchema> tables) {
    String where = "Table options " + file;
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(where + " cannot be read as JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(where + ": expected {\"table\": {\"softDelete\": true, ...}}");
    }
    List<TableSchema> result = new ArrayList<>(tables);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = where + ", table '" + entry.getKey() + "'";
      int index = indexOf(result, entry.getKey());
      if (index < 0) {
        throw new IllegalArgumentException(at + ": no such table in the models or schema");
      }
      result.set(index, options(at, result.get(index), entry.getValue()));
    }
    return result;
  }

  private static int indexOf(List<TableSchema> tables, String name) {
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static TableSchema options(String at, TableSchema table, JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(at + ": expected an object of " + KEYS);
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(at + ": unknown option '" + key + "'; expected " + KEYS);
      }
    });
    // The same rules and messages as the schema file's table options; an absent option keeps the table's.
    TableSchema result = table;
    if (node.has("softDelete")) {
      result = result.withSoftDelete(SchemaFile.flag(at, node.get("softDelete")));
    }
    if (node.has("pageSize")) {
      result = result.withPageSize(SchemaFile.pageSize(at, node.get("pageSize")));
    }
    try {
      return node.has("ownerColumn") ? result.withOwnerColumn(SchemaFile.owner(at, node.get("ownerColumn")))
          : result;
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(at) ? e : new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }
}
