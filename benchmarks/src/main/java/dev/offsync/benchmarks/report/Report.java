package dev.offsync.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of one run: rows of figures and named facts (request counts, records per second, peak RSS),
 * printed as a table and written as JSON with the machine they were measured on.
 */
public final class Report {

  private final String command;
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> facts = new LinkedHashMap<>();

  /** An empty report of {@code command} (its arguments, for the record). */
  public Report(String command) {
    this.command = command;
  }

  /** Adds a row. */
  public Report add(Row row) {
    rows.add(row);
    return this;
  }

  /** Records a named fact. */
  public Report fact(String name, Object value) {
    facts.put(name, value);
    return this;
  }

  /** The rows so far. */
  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The facts so far. */
  public Map<String, Object> facts() {
    return Map.copyOf(facts);
  }

  /** Adds another report's rows and facts. */
  public Report addAll(Report other) {
    rows.addAll(other.rows);
    facts.putAll(other.facts);
    return this;
  }

  /** Prints the table and the facts. */
  public void print(PrintStream out) {
    String format = "%-52s %-8s %12s %12s %12s %9s %9s %-12s %-22s%n";
    out.printf(Locale.ROOT, format, "benchmark", "unit", "Offsync", "baseline", "limit", "/baseline", "/limit",
        "spread", "target");
    for (Row row : rows) {
      out.printf(Locale.ROOT, format, row.benchmark(), row.unit(), number(row.offsync()), number(row.baseline()),
          number(row.limit()), ratio(row.baselineRatio()), ratio(row.limitRatio()),
          row.spread() == null ? "" : row.spread(), target(row));
    }
    facts.forEach((name, value) -> out.printf(Locale.ROOT, "%s: %s%n", name, value));
  }

  /** Writes the report as JSON to {@code file}, creating its folder. */
  public void writeJson(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("date", LocalDate.now(ZoneOffset.UTC).toString());
    root.put("command", command);
    root.set("machine", mapper.valueToTree(Machine.describe()));
    ArrayNode list = root.putArray("rows");
    for (Row row : rows) {
      ObjectNode node = list.addObject();
      node.put("benchmark", row.benchmark());
      node.put("unit", row.unit());
      node.put("offsync", row.offsync());
      putNumber(node, "baseline", row.baseline());
      putNumber(node, "limit", row.limit());
      putNumber(node, "offsyncPerBaseline", row.baselineRatio());
      putNumber(node, "offsyncPerLimit", row.limitRatio());
      node.put("spread", row.spread());
      node.put("target", row.target());
      if (row.met() != null) {
        node.put("targetMet", row.met());
      }
    }
    root.set("facts", mapper.valueToTree(facts));
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    mapper.writeValue(file.toFile(), root);
  }

  /** The default results file: {@code benchmarks/results/<date>-<name>.json} from the repository root. */
  public static Path defaultFile(String name) {
    Path folder = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks", "results") : Path.of("results");
    return folder.resolve(LocalDate.now(ZoneOffset.UTC) + "-" + name + ".json");
  }

  private static void putNumber(ObjectNode node, String name, Double value) {
    if (value == null) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }

  private static String target(Row row) {
    if (row.target() == null) {
      return "";
    }
    return row.target() + (Boolean.TRUE.equals(row.met()) ? " met" : " MISSED");
  }

  private static String number(Double value) {
    if (value == null) {
      return "-";
    }
    double abs = Math.abs(value);
    return String.format(Locale.ROOT, abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.3f", value);
  }

  private static String ratio(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.2fx", value);
  }
}
