package dev.offsync.server.internal.metrics;

import dev.offsync.server.internal.protocol.RequestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The server's meters on an app's Micrometer registry: {@value #REQUESTS} (a timer by table, operation and
 * status), {@value #PAGE_ROWS} (items per list page, by table) and {@value #CONFLICTS} (409 and 412 answers, by
 * table and operation). Tags hold only served table names and fixed words, so their number stays bounded.
 */
public final class MicrometerMetrics implements RequestMetrics {

  /** The timer of answered table requests. */
  public static final String REQUESTS = "offsync.requests";
  /** The distribution summary of items per list page. */
  public static final String PAGE_ROWS = "offsync.page.rows";
  /** The counter of version conflicts (409) and failed preconditions (412). */
  public static final String CONFLICTS = "offsync.conflicts";

  private final MeterRegistry registry;

  /** Meters on this registry. */
  public MicrometerMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void request(String table, String operation, int status, long nanos) {
    Timer.builder(REQUESTS).description("Datasync table requests answered")
        .tags("table", table, "operation", operation, "status", Integer.toString(status))
        .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    if (status == 409 || status == 412) {
      Counter.builder(CONFLICTS).description("Writes refused because the item changed on the service")
          .tags("table", table, "operation", operation).register(registry).increment();
    }
  }

  @Override
  public void page(String table, int rows) {
    DistributionSummary.builder(PAGE_ROWS).description("Items in one list page").baseUnit("items")
        .tags("table", table).register(registry).record(rows);
  }
}
