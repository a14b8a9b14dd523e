package dev.offsync.server.internal.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChangeConnectionTest {

  private static final Instant T = Instant.parse("2026-12-02T09:00:00Z");

  @Test
  void aSlowReaderHoldsOneNoticePerTableWithTheNewestTime() throws Exception {
    Map<String, String> scopes = new HashMap<>();
    scopes.put("movies", null);
    scopes.put("notes", null);
    ChangeConnection connection = new ChangeConnection(scopes, () -> {});
    for (int i = 0; i < 10_000; i++) {
      connection.offer(new ChangeNotice(i % 2 == 0 ? "movies" : "notes", T.plusMillis(i), null));
    }
    connection.offer(new ChangeNotice("movies", T, null)); // an older time never replaces a newer one
    assertThat(connection.take(Duration.ofSeconds(1)))
        .containsExactly(Map.entry("movies", T.plusMillis(9_998)), Map.entry("notes", T.plusMillis(9_999)));
    assertThat(connection.take(Duration.ofMillis(10))).isEmpty();
  }

  @Test
  void noticesOfOtherTablesAndOtherOwnersAreNotFiled() throws Exception {
    Map<String, String> scopes = new HashMap<>();
    scopes.put("notes", "alice");
    ChangeConnection connection = new ChangeConnection(scopes, () -> {});
    connection.offer(new ChangeNotice("movies", T, null));
    connection.offer(new ChangeNotice("notes", T, "bob"));
    connection.offer(new ChangeNotice("notes", T, null));
    assertThat(connection.take(Duration.ofMillis(50))).isEmpty();
    connection.offer(new ChangeNotice("notes", T, "alice"));
    assertThat(connection.take(Duration.ofMillis(50))).containsExactly(Map.entry("notes", T));
  }

  @Test
  void closingWakesTheReaderAndReleasesThePlaceOnce() throws Exception {
    AtomicInteger released = new AtomicInteger();
    ChangeConnection connection = new ChangeConnection(Map.of(), released::incrementAndGet);
    Thread closer = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      connection.close();
    });
    closer.start();
    assertThat(connection.take(Duration.ofSeconds(30))).isNull();
    connection.close();
    closer.join();
    assertThat(released).hasValue(1);
  }
}
