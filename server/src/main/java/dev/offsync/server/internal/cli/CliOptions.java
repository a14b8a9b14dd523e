package dev.offsync.server.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The standalone server's command line.
 *
 * @param help whether {@code --help} was given
 * @param host the address to listen on
 * @param port the port, 0 for a free one
 * @param database the JDBC URL
 * @param schema the schema file, or null
 * @param models the jars or class folders of the app's models
 * @param tableOptions the table options file, or null
 * @param tokens the tokens file, or null for no authentication
 * @param pageSize the default page size
 * @param maxTop the largest {@code $top}
 * @param maxBodyBytes the largest request body
 * @param strictApiVersion whether {@code ZUMO-API-VERSION} is required
 * @param ignoreUnknownFields whether body properties that name no column are skipped instead of a 400
 */
record CliOptions(boolean help, String host, int port, String database, Path schema, List<Path> models,
    Path tableOptions, Path tokens, int pageSize, int maxTop, long maxBodyBytes, boolean strictApiVersion,
    boolean ignoreUnknownFields) {

  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar offsync-server.jar (--models app-models.jar | --schema tables.json) [options]",
      "",
      "Serves the tables of the app's models or of a schema file with the Datasync protocol v3 under",
      "/tables/{table}.",
      "",
      "Options:",
      "  --models JAR_OR_FOLDER  the tables of @SyncTable models: the META-INF/offsync/schemas/*.json",
      "                          the processor writes, in a jar or class folder (repeatable)",
      "  --table-options FILE    per-table options for the models' tables: {\"movies\":{\"softDelete\":",
      "                          true,\"pageSize\":50,\"ownerColumn\":\"owner\"}}",
      "  --schema FILE           a schema file, for apps without Java models: {\"tables\":[{\"name\":\"movies\",",
      "                          \"columns\":{\"title\":\"string\",\"year\":\"int\"},\"softDelete\":false,",
      "                          \"pageSize\":100,\"ownerColumn\":null}]}",
      "  --database JDBC_URL     jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=U&password=P",
      "                          (default jdbc:sqlite:offsync.db)",
      "  --host ADDRESS          the address to listen on (default 127.0.0.1)",
      "  --port PORT             the port to listen on, 0 for a free one (default 8080)",
      "  --tokens FILE           require bearer tokens: a JSON object of token to user id,",
      "                          {\"secret-token\":\"alice\"}; without it every request is anonymous",
      "  --page-size ROWS        rows per list page for tables that set none (default 100)",
      "  --max-top ROWS          the largest $top a client may ask for (default 128000)",
      "  --max-body-bytes BYTES  the largest request body; larger ones get 413 (default 1048576)",
      "  --strict-api-version    answer 400 unless requests send ZUMO-API-VERSION: 3.0.x",
      "  --ignore-unknown-fields skip body properties that name no column (default: 400 naming them)",
      "  --help                  print this help and exit",
      "",
      "The first line on standard output is 'Listening on http://HOST:PORT'. SIGTERM stops the server.");

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException naming the bad or missing option
   */
  static CliOptions parse(List<String> args) {
    Parser parser = new Parser(args);
    return parser.parse();
  }

  private static final class Parser {
    private final List<String> args;
    private int next;
    private boolean help;
    private String host = "127.0.0.1";
    private int port = 8080;
    private String database = "jdbc:sqlite:offsync.db";
    private Path schema;
    private final List<Path> models = new ArrayList<>();
    private Path tableOptions;
    private Path tokens;
    private int pageSize = 100;
    private int maxTop = 128_000;
    private long maxBodyBytes = 1024 * 1024;
    private boolean strict;
    private boolean ignoreUnknownFields;

    Parser(List<String> args) {
      this.args = args;
    }

    CliOptions parse() {
      while (next < args.size()) {
        option(args.get(next++));
      }
      if (!help && schema == null && models.isEmpty()) {
        throw new IllegalArgumentException("Missing --models JAR or --schema FILE: the server needs to know its"
            + " tables");
      }
      return new CliOptions(help, host, port, database, schema, List.copyOf(models), tableOptions, tokens,
          pageSize, maxTop, maxBodyBytes, strict, ignoreUnknownFields);
    }

    private void option(String option) {
      switch (option) {
        case "--help", "-h" -> help = true;
        case "--host" -> host = value(option);
        case "--port" -> port = (int) number(option, 0, 65535);
        case "--database" -> database = value(option);
        case "--schema" -> schema = Path.of(value(option));
        case "--models" -> models.add(Path.of(value(option)));
        case "--table-options" -> tableOptions = Path.of(value(option));
        case "--tokens" -> tokens = Path.of(value(option));
        case "--page-size" -> pageSize = (int) number(option, 1, Integer.MAX_VALUE - 1);
        case "--max-top" -> maxTop = (int) number(option, 1, Integer.MAX_VALUE);
        case "--max-body-bytes" -> maxBodyBytes = number(option, 1, Integer.MAX_VALUE - 8);
        case "--strict-api-version" -> strict = true;
        case "--ignore-unknown-fields" -> ignoreUnknownFields = true;
        default -> throw new IllegalArgumentException("Unknown option '" + option + "'; see --help");
      }
    }

    private String value(String option) {
      if (next >= args.size() || args.get(next).startsWith("--")) {
        throw new IllegalArgumentException("Option " + option + " needs a value; see --help");
      }
      return args.get(next++);
    }

    private long number(String option, long min, long max) {
      String text = value(option);
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // Answered below.
      }
      throw new IllegalArgumentException("Option " + option + " needs a whole number from " + min + " to " + max
          + ", not '" + text + "'");
    }
  }
}
