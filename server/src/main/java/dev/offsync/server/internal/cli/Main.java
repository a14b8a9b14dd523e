package dev.offsync.server.internal.cli;

import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone server: {@code java -jar offsync-server.jar --schema tables.json [--port 8080]
 * [--database=jdbc:sqlite:offsync.db] ...}, parsed by picocli; {@code --help} and {@code --version} print and
 * exit. Prints {@code Listening on http://HOST:PORT} as its first line on standard output and stops cleanly on
 * SIGTERM or Ctrl-C with exit code 0. Exit codes: 2 for bad options, 1 if
 * it cannot start.
 */
public final class Main {

  private Main() {}

  /** Runs the server until the process is told to stop. */
  public static void main(String[] args) throws InterruptedException {
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    CliOptions options;
    try {
      options = CliOptions.parse(Arrays.asList(args));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.println(CliOptions.USAGE);
      return 0;
    }
    if (options.version()) {
      out.println("offsync-server " + version());
      return 0;
    }
    DatasyncServer server;
    try {
      server = build(options).start();
    } catch (RuntimeException e) {
      err.println("Cannot start: " + e.getMessage());
      return 1;
    }
    out.println("Listening on http://" + options.host() + ":" + server.port());
    out.flush();
    awaitShutdown(server, out);
    return 0;
  }

  /** The project version, from the resource the build writes. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the version resource", e);
    }
    return properties.getProperty("version", "unknown");
  }

  private static DatasyncServer build(CliOptions options) {
    DatasyncServer.Builder builder = DatasyncServer.builder();
    options.models().forEach(builder::models);
    if (options.schema() != null) {
      builder.schemaFile(options.schema());
    }
    if (options.tableOptions() != null) {
      builder.tableOptions(options.tableOptions());
    }
    builder.database(options.database())
        .host(options.host())
        .port(options.port())
        .pageSize(options.pageSize())
        .maxTop(options.maxTop())
        .maxBodyBytes(options.maxBodyBytes())
        .strictApiVersion(options.strictApiVersion())
        .ignoreUnknownFields(options.ignoreUnknownFields())
        .changeStreamHeartbeat(java.time.Duration.ofSeconds(options.heartbeatSeconds()))
        .maxChangeStreams(options.maxChangeStreams());
    if (options.tokens() != null) {
      builder.authenticator(Authenticator.tokens(TokensFile.read(options.tokens())));
    }
    return builder.build();
  }

  private static void awaitShutdown(DatasyncServer server, PrintStream out) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      out.println("Stopped");
      out.flush();
      stopped.countDown();
      // A JVM stopped by a signal exits 128 + signal (143 for SIGTERM) even when the hooks succeed; a clean
      // stop is a success, so the exit code is set here, once everything is closed.
      Runtime.getRuntime().halt(0);
    }, "offsync-shutdown"));
    stopped.await();
  }
}
