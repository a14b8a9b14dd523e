package dev.offsync.benchmarks.server;

import dev.offsync.benchmarks.model.ItemTable;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import java.io.IOException;

/**
 * The reference server as the {@code server} benchmark's child process: table {@code items} with soft delete on
 * the JDBC URL given as the only argument. Prints {@code LISTENING <port>} once it serves, and stops when its
 * standard input closes (the benchmark ended), so no server outlives its run.
 */
public final class BenchServerMain {

  private BenchServerMain() {}

  /** Serves until standard input closes. */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    DatasyncServer server = DatasyncServer.builder()
        .table(TableSchema.of(ItemTable.DEFINITION).withSoftDelete(true))
        .database(args[0])
        .port(0)
        .build()
        .start();
    System.out.println("LISTENING " + server.port());
    System.out.flush();
    while (System.in.read() >= 0) {
      // Nothing is sent; end of input is the signal to stop.
    }
    server.stop();
    System.exit(0);
  }
}
