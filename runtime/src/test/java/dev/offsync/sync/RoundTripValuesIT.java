package dev.offsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.OfflineTable;
import dev.offsync.SyncClient;
import dev.offsync.errors.UnsupportedValueException;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.TableSchema;
import dev.offsync.testing.Sample;
import dev.offsync.testing.SampleTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 8 and 10: a value that cannot make the round trip device → service → device unchanged is
 * refused at the local write with a typed error naming the field, and nothing is stored or queued; the edge
 * values that can make it arrive on a second device exactly.
 */
class RoundTripValuesIT {

  @TempDir
  Path folder;

  private DatasyncServer server;
  private SyncClient a;
  private SyncClient b;

  @BeforeEach
  void start() {
    startOn("jdbc:sqlite:" + folder.resolve("service.db"), "");
  }

  private void startOn(String database, String devicePrefix) {
    server = DatasyncServer.builder().table(TableSchema.of(SampleTable.DEFINITION)).database(database).port(0)
        .build();
    server.start();
    a = device(devicePrefix + "a");
    b = device(devicePrefix + "b");
  }

  private SyncClient device(String name) {
    return SyncClient.builder().store(folder.resolve(name + ".db")).tables(SampleTable.DEFINITION)
        .endpoint(java.net.URI.create("http://127.0.0.1:" + server.port()))
        .retryPolicy(dev.offsync.RetryPolicy.never()).build();
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    server.stop();
  }

  private static Sample sample(String text, Double ratio, Float small, Instant at) {
    return new Sample("s1", text, 1, 2L, ratio, small, new BigDecimal("1.50"), true, null, at, null, null, null,
        null, null);
  }

  private void refused(Sample item, String field) {
    OfflineTable<Sample> samples = a.table(SampleTable.DEFINITION);
    assertThatThrownBy(() -> samples.insert(item)).isInstanceOfSatisfying(UnsupportedValueException.class,
        e -> assertThat(e.field()).isEqualTo(field));
    assertThat(samples.get("s1")).isEmpty();
    assertThat(samples.pendingOperations()).isEmpty();
  }

  @Test
  void loneAndReversedSurrogatesAreRefused() {
    refused(sample("a\uD800b", 0.5, 0.5f, null), "text");
    refused(sample("\uDC00\uD800", 0.5, 0.5f, null), "text");
  }

  @Test
  void nanAndInfinitiesAreRefused() {
    refused(sample("x", Double.NaN, 0.5f, null), "ratio");
    refused(sample("x", Double.POSITIVE_INFINITY, 0.5f, null), "ratio");
    refused(sample("x", 0.5, Float.NEGATIVE_INFINITY, null), "small");
  }

  @Test
  void negativeZeroIsRefused() {
    refused(sample("x", -0.0, 0.5f, null), "ratio");
    refused(sample("x", 0.5, -0.0f, null), "small");
  }

  @Test
  void aDecimalWithANegativeScaleIsRefused() {
    Sample tenBillion = new Sample("s1", "x", 1, 2L, 0.5, 0.5f, new BigDecimal("1E+10"), true, null, null, null,
        null, null, null, null);
    refused(tenBillion, "price");
  }

  @Test
  void instantsOutsideYearsOneToNineThousandNineHundredNinetyNineAreRefused() {
    refused(sample("x", 0.5, 0.5f, Instant.MAX), "at");
    refused(sample("x", 0.5, 0.5f, Instant.MIN), "at");
    refused(sample("x", 0.5, 0.5f, Instant.parse("0000-12-31T23:59:59Z")), "at");
  }

  @Test
  void anUpdateIsCheckedToo() {
    OfflineTable<Sample> samples = a.table(SampleTable.DEFINITION);
    samples.insert(sample("x", 0.5, 0.5f, null));
    UnaryOperator<Sample> nan = s -> sample(s.text(), Double.NaN, s.small(), s.at());

    assertThatThrownBy(() -> samples.update(nan.apply(samples.get("s1").orElseThrow())))
        .isInstanceOf(UnsupportedValueException.class);
    assertThat(samples.get("s1").orElseThrow().ratio()).isEqualTo(0.5);
  }

  @Test
  void theEdgeValuesThatAreAcceptedArriveExactly() {
    Sample edge = sample("emoji \uD83D\uDE00 end", Double.MAX_VALUE, Float.MIN_VALUE,
        Instant.parse("9999-12-31T23:59:59.999Z"));
    a.table(SampleTable.DEFINITION).insert(edge);
    assertThat(a.push().isComplete()).isTrue();

    OfflineTable<Sample> other = b.table(SampleTable.DEFINITION);
    other.pull();

    Sample arrived = other.get("s1").orElseThrow();
    assertThat(arrived.text()).isEqualTo(edge.text());
    assertThat(arrived.ratio()).isEqualTo(edge.ratio());
    assertThat(arrived.small()).isEqualTo(edge.small());
    assertThat(arrived.at()).isEqualTo(edge.at());
    assertThat(arrived.price()).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void decimalScalesAndTinyValuesArriveExactly() {
    sendsAndReceivesExactly();
  }

  /** The same through the reference server's PostgreSQL storage ({@code numeric}, {@code real}, {@code double}). */
  @Test
  void decimalScalesAndTinyValuesArriveExactlyThroughPostgresql() throws SQLException {
    String base = System.getenv("OFFSYNC_TEST_POSTGRES_URL");
    Assumptions.assumeTrue(base != null && !base.isBlank(), "set OFFSYNC_TEST_POSTGRES_URL to a throwaway"
        + " PostgreSQL (CI's .ci/run starts one and sets it)");
    String schema = "offsync_values_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(base);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    stop();
    startOn(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, "pg-");
    sendsAndReceivesExactly();
  }

  private void sendsAndReceivesExactly() {
    OfflineTable<Sample> samples = a.table(SampleTable.DEFINITION);
    List<BigDecimal> prices = List.of(new BigDecimal("10000000000"), new BigDecimal("0.000000100"),
        new BigDecimal("-12.500"), new BigDecimal("12345678901234567890.123456789"));
    for (int i = 0; i < prices.size(); i++) {
      samples.insert(new Sample("p" + i, "x", 1, 2L, Double.MIN_VALUE, -Float.MIN_VALUE, prices.get(i), true,
          null, null, null, null, null, null, null));
    }
    assertThat(a.push().isComplete()).isTrue();

    OfflineTable<Sample> other = b.table(SampleTable.DEFINITION);
    other.pull();
    for (int i = 0; i < prices.size(); i++) {
      Sample arrived = other.get("p" + i).orElseThrow();
      assertThat(arrived.price()).isEqualTo(prices.get(i)); // BigDecimal.equals: the scale too
      assertThat(arrived.ratio()).isEqualTo(Double.MIN_VALUE);
      assertThat(arrived.small()).isEqualTo(-Float.MIN_VALUE);
    }
  }
}
