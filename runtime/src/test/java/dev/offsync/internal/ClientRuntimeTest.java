package dev.offsync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.internal.http.HttpSettings;
import dev.offsync.internal.http.ServiceCalls;
import dev.offsync.internal.http.Transport;
import dev.offsync.internal.http.jdk.JdkTransport;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 5: the client's parts that talk to the service (and the HTTP client beneath them) are made on
 * first use, once, so that a client that has not synced yet has loaded no HTTP client.
 */
class ClientRuntimeTest {

  private static final URI ENDPOINT = URI.create("http://127.0.0.1:9");

  private final AtomicInteger transportsMade = new AtomicInteger();

  private Supplier<Transport> countingTransports() {
    return () -> {
      transportsMade.incrementAndGet();
      return JdkTransport.standard(Duration.ofSeconds(1));
    };
  }

  private static ClientRuntime open(HttpSettings http, Supplier<Transport> transports) {
    StoreSettings store = new StoreSettings();
    store.inMemory();
    return ClientRuntime.open(new ClientConfig(List.of(TodoTable.DEFINITION), store, Clock.systemUTC(), http,
        Map.of(), event -> { }, 1, null, transports, null), ClientOptions.DEFAULTS);
  }

  @Test
  void theTransportIsMadeOnTheFirstServiceUseOnly() {
    try (ClientRuntime runtime = open(HttpSettings.defaults(ENDPOINT), countingTransports())) {
      assertThat(transportsMade).hasValue(0);

      ServiceCalls calls = runtime.calls();

      assertThat(transportsMade).hasValue(1);
      assertThat(calls.settings().endpoint()).isEqualTo(ENDPOINT);
      assertThat(runtime.calls()).isSameAs(calls);
      runtime.synchronizer();
      assertThat(transportsMade).hasValue(1);
    }
  }

  @Test
  void threadsAskingAtOnceShareOneTransport() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try (ClientRuntime runtime = open(HttpSettings.defaults(ENDPOINT), countingTransports())) {
      List<Callable<ServiceCalls>> askers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        askers.add(runtime::calls);
      }
      List<ServiceCalls> seen = new ArrayList<>();
      for (Future<ServiceCalls> answer : threads.invokeAll(askers)) {
        seen.add(answer.get());
      }

      assertThat(seen).allSatisfy(calls -> assertThat(calls).isSameAs(seen.get(0)));
      assertThat(transportsMade).hasValue(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void withoutAnEndpointTheServicePartsAreRefusedAsBefore() {
    try (ClientRuntime runtime = open(null, null)) {
      assertThatThrownBy(runtime::synchronizer).isInstanceOf(IllegalStateException.class)
          .hasMessage("This SyncClient has no service endpoint: set one with SyncClient.builder().endpoint(URI)"
              + " to push, pull or use remote tables");
      assertThatThrownBy(runtime::calls).isInstanceOf(IllegalStateException.class);
    }
  }
}
