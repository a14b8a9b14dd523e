package dev.offsync.sample.cli;

import dev.offsync.sample.Main;
import dev.offsync.server.Authenticator;
import dev.offsync.testing.ReferenceService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code todo} CLI run in-process against the reference server, configured from the sample's own
 * {@code tables.json} (the file the standalone server is started with), on a SQLite file in a test folder.
 */
final class TodoCli implements AutoCloseable {

  /**
   * What one command printed.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int exitCode, String out, String err) {

    List<String> lines() {
      return out.lines().toList();
    }

    /** The rows of a {@code todo list} table, each a map from column header to the cell's text. */
    List<Map<String, String>> rows() {
      List<String> lines = lines();
      if (lines.isEmpty() || !lines.get(0).startsWith("id ")) {
        return List.of();
      }
      String header = lines.get(0);
      List<String> names = List.of(header.split(" +"));
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.matches("[0-9a-f]{8}  .*")) {
          break;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          int from = header.indexOf(names.get(i));
          int to = i + 1 < names.size() ? header.indexOf(names.get(i + 1)) : Integer.MAX_VALUE;
          row.put(names.get(i), from >= line.length() ? "" : line.substring(from, Math.min(to, line.length()))
              .strip());
        }
        rows.add(row);
      }
      return rows;
    }

    /** The titles of a {@code todo list} table, in order. */
    List<String> titles() {
      return rows().stream().map(row -> row.get("title")).toList();
    }
  }

  private final Path folder;
  private final ReferenceService server;
  private final URI uri;

  TodoCli(Path folder, Authenticator authenticator) {
    this.folder = folder;
    this.server = ReferenceService.configured(folder, builder -> {
      builder.schemaFile(Path.of("tables.json"));
      return authenticator == null ? builder : builder.authenticator(authenticator);
    }, List.of());
    this.uri = server.uri();
  }

  TodoCli(Path folder) {
    this(folder, null);
  }

  /** {@code todo --service URI --store FOLDER/STORE ARGS...}. */
  Result run(String store, String... args) {
    List<String> all = new ArrayList<>(List.of("todo", "--service", uri.toString()));
    return execute(store, all, args);
  }

  /** {@code todo --store FOLDER/STORE ARGS...}, with no service. */
  Result local(String store, String... args) {
    return execute(store, new ArrayList<>(List.of("todo")), args);
  }

  /** The command line exactly as given, after {@code todo}. */
  static Result raw(String... args) {
    List<String> all = new ArrayList<>(List.of("todo"));
    all.addAll(List.of(args));
    return main(all);
  }

  private Result execute(String store, List<String> all, String... args) {
    all.addAll(List.of("--store", folder.resolve(store).toString()));
    all.addAll(List.of(args));
    return main(all);
  }

  private static Result main(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  /** The id of the only item whose title is {@code title}, as {@code todo list} shows it. */
  String id(String store, String title) {
    List<String> ids = local(store, "list").rows().stream().filter(row -> row.get("title").equals(title))
        .map(row -> row.get("id")).toList();
    if (ids.size() != 1) {
      throw new AssertionError(ids.size() + " items titled " + title);
    }
    return ids.get(0);
  }

  /** Takes the service away: requests now find the port closed. */
  void stopService() {
    server.stop();
  }

  @Override
  public void close() {
    server.stop();
  }
}
