package dev.offsync.server.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone server's command line.
 *
 * @param help whether {@code --help} was given
 * @param version whether {@code --version} was given
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
 * @param heartbeatSeconds the pause between heartbeats of an idle change stream
 * @param maxChangeStreams the most change streams open at once
 */
record CliOptions(boolean help, boolean version, String host, int port, String database, Path schema, List<Path> models,
    Path tableOptions, Path tokens, int pageSize, int maxTop, long maxBodyBytes, boolean strictApiVersion,
    boolean ignoreUnknownFields, int heartbeatSeconds, int maxChangeStreams) {

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
      "  --change-stream-heartbeat SECONDS",
      "                          the pause before an idle change stream gets a heartbeat (default 15)",
      "  --max-change-streams N  the most change streams ($changes) open at once; more get 503",
      "                          (default 100)",
      "  --version               print the server's version and exit",
      "  --help                  print this help and exit",
      "",
      "Options take their value as '--port 8080' or '--port=8080'.",
      "",
      "The first line on standard output is 'Listening on http://HOST:PORT'. SIGTERM stops the server.");

  /**
   * Parses the arguments, as {@code --option value} or {@code --option=value}.
   *
   * @throws IllegalArgumentException naming the bad or missing option
   */
  static CliOptions parse(List<String> args) {
    Arguments parsed = new Arguments();
    try {
      new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage() + "; see --help", e);
    }
    return parsed.options();
  }

  /** The options as picocli fills them; numbers are checked here, to name the option and its range. */
  @Command(name = "offsync-server")
  private static final class Arguments {
    @Option(names = {"--help", "-h"}) boolean help;
    @Option(names = {"--version", "-V"}) boolean version;
    @Option(names = "--host") String host = "127.0.0.1";
    @Option(names = "--port") String port = "8080";
    @Option(names = "--database") String database = "jdbc:sqlite:offsync.db";
    @Option(names = "--schema") Path schema;
    @Option(names = "--models") List<Path> models = new ArrayList<>();
    @Option(names = "--table-options") Path tableOptions;
    @Option(names = "--tokens") Path tokens;
    @Option(names = "--page-size") String pageSize = "100";
    @Option(names = "--max-top") String maxTop = "128000";
    @Option(names = "--max-body-bytes") String maxBodyBytes = "1048576";
    @Option(names = "--strict-api-version") boolean strict;
    @Option(names = "--ignore-unknown-fields") boolean ignoreUnknownFields;
    @Option(names = "--change-stream-heartbeat") String heartbeat = "15";
    @Option(names = "--max-change-streams") String maxChangeStreams = "100";

    CliOptions options() {
      boolean justPrint = help || version;
      if (!justPrint && schema == null && models.isEmpty()) {
        throw new IllegalArgumentException("Missing --models JAR or --schema FILE: the server needs to know its"
            + " tables");
      }
      return new CliOptions(help, version, host, (int) number("--port", port, 0, 65535), database, schema,
          List.copyOf(models), tableOptions, tokens, (int) number("--page-size", pageSize, 1, Integer.MAX_VALUE - 1),
          (int) number("--max-top", maxTop, 1, Integer.MAX_VALUE),
          number("--max-body-bytes", maxBodyBytes, 1, Integer.MAX_VALUE - 8), strict, ignoreUnknownFields,
          (int) number("--change-stream-heartbeat", heartbeat, 1, 3600),
          (int) number("--max-change-streams", maxChangeStreams, 0, 100_000));
    }

    private static long number(String option, String text, long min, long max) {
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
