package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.HttpEngine;
import dev.offsync.SyncClient;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's own JDK HTTP client (proxies, TLS, headers) carries every request of push and pull. */
class AppHttpClientIT {

  @TempDir
  Path folder;

  /** Lets every request go direct, remembering the URIs the client asked about. */
  private static final class RecordingSelector extends ProxySelector {
    final List<URI> asked = new CopyOnWriteArrayList<>();

    @Override
    public List<Proxy> select(URI uri) {
      asked.add(uri);
      return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {}
  }

  @Test
  void pushAndPullGoThroughTheApplicationsClient() {
    RecordingSelector selector = new RecordingSelector();
    HttpClient own = HttpClient.newBuilder().proxy(selector).build();
    try (Service service = new Service(folder);
        SyncClient client = service.device("a").httpEngine(HttpEngine.jdk(own)).build()) {
      client.table(TodoTable.DEFINITION).insert(Todo.of("t1", "Milk"));

      assertThat(client.push().isComplete()).isTrue();
      client.table(TodoTable.DEFINITION).pull();

      assertThat(selector.asked).extracting(URI::getPath).anyMatch(path -> path.startsWith("/tables/todoitems"));
      assertThat(selector.asked).hasSizeGreaterThanOrEqualTo(2);
    }
  }
}
