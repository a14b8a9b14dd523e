package dev.offsync.server.internal.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the tables of an app's models from the schema resources the {@code @SyncTable} processor writes,
 * {@code META-INF/offsync/schemas/<table>.json}, in a jar or a class folder: one model for client and server.
 * Local-only columns are left out, as the service does not store them. Every mistake is an
 * {@link IllegalArgumentException} naming the jar or folder and the resource.
 */
public final class ModelResources {

  /** Where the processor writes the resources. */
  static final String DIRECTORY = "META-INF/offsync/schemas/";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private ModelResources() {}

  /** The tables of the models in a jar or class folder, sorted by resource name. */
  public static List<TableSchema> read(Path jarOrFolder) {
    List<TableSchema> tables = Files.isDirectory(jarOrFolder) ? readFolder(jarOrFolder) : readJar(jarOrFolder);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("Models " + jarOrFolder + " hold no " + DIRECTORY + "*.json: build the"
          + " @SyncTable classes with the offsync processor and pass their jar or class folder");
    }
    return tables;
  }

  private static List<TableSchema> readFolder(Path folder) {
    Path directory = folder.resolve(DIRECTORY);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<TableSchema> tables = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          tables.add(parse("Models " + file, in));
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Models " + folder + " cannot be read: " + e.getMessage(), e);
    }
    return tables;
  }

  private static List<TableSchema> readJar(Path jar) {
    List<TableSchema> tables = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
        ZipEntry entry = all.nextElement();
        String name = entry.getName();
        if (name.startsWith(DIRECTORY) && name.endsWith(".json") && name.indexOf('/', DIRECTORY.length()) < 0) {
          entries.add(entry);
        }
      }
      entries.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (ZipEntry entry : entries) {
        try (InputStream in = zip.getInputStream(entry)) {
          tables.add(parse("Models " + jar + "!" + entry.getName(), in));
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Models " + jar + " is neither a class folder nor a readable jar: "
          + e.getMessage(), e);
    }
    return tables;
  }

  /** One resource: {@code {"name":..,"columns":[{"name":..,"type":..,"nullable":..,"localOnly":..}],..}}. */
  static TableSchema parse(String where, InputStream in) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(where + " is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.path("name").isTextual() || !root.path("columns").isArray()) {
      throw new IllegalArgumentException(where + ": expected {\"name\": ..., \"columns\": [...]} as the offsync"
          + " processor writes it");
    }
    List<ColumnDefinition> columns = new ArrayList<>();
    for (JsonNode column : root.get("columns")) {
      if (!column.path("localOnly").asBoolean(false)) {
        columns.add(column(where, column));
      }
    }
    try {
      return TableSchema.of(root.get("name").asText(), columns);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static ColumnDefinition column(String where, JsonNode column) {
    if (!column.path("name").isTextual() || !column.path("type").isTextual()) {
      throw new IllegalArgumentException(where + ": each column needs a string \"name\" and \"type\"");
    }
    String name = column.get("name").asText();
    try {
      return new ColumnDefinition(name, ColumnType.fromSchemaName(column.get("type").asText()),
          column.path("nullable").asBoolean(true), false, column.path("indexed").asBoolean(false));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ", column '" + name + "': " + e.getMessage(), e);
    }
  }
}
