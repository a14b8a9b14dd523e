package dev.offsync.reliability;

import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Builders of the suite's clients: both tables, short timeouts, quick retries. */
final class Clients {

  private Clients() {}

  /** A client with its store in this file, syncing with this endpoint. */
  static SyncClient.Builder device(Path store, URI endpoint) {
    return SyncClient.builder()
        .store(store)
        .tables(NoteTable.DEFINITION, LabelTable.DEFINITION)
        .endpoint(endpoint)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(10))
        .retryPolicy(RetryPolicy.exponentialBackoff(3, Duration.ofMillis(2), Duration.ofMillis(50)));
  }

  /** A client with no local data, for reading the service directly through remote tables. */
  static SyncClient auditor(URI endpoint) {
    return SyncClient.builder()
        .inMemoryStore()
        .tables(NoteTable.DEFINITION, LabelTable.DEFINITION)
        .endpoint(endpoint)
        .readTimeout(Duration.ofSeconds(30))
        .build();
  }
}
