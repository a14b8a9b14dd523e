package dev.offsync.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionGateTest {

  private static final int SIZE = 2;

  @TempDir
  Path temp;

  private HikariDataSource pool;

  @BeforeEach
  void openPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:sqlite:" + temp.resolve("gate.db"));
    config.setMaximumPoolSize(SIZE);
    pool = new HikariDataSource(config);
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  @Test
  void aCallerBeyondThePoolsSizeWaitsAndThenFailsClearly() throws Exception {
    ConnectionGate gate = ConnectionGate.of(pool, SIZE, 200);
    try (ConnectionGate.Lease first = gate.lease(); ConnectionGate.Lease second = gate.lease()) {
      assertThat(first.connection()).isNotSameAs(second.connection());
      assertThatThrownBy(gate::lease).isInstanceOf(SQLTransientConnectionException.class)
          .hasMessage("No database connection became free within 200 ms: every connection of the pool is in use");
    }
    try (ConnectionGate.Lease again = gate.lease()) {
      assertThat(again.connection().isValid(1)).isTrue();
    }
  }

  @Test
  void aLeaseClosedTwiceLetsOnlyOneCallerIn() throws Exception {
    ConnectionGate gate = ConnectionGate.of(pool, SIZE, 200);
    ConnectionGate.Lease kept = gate.lease();
    ConnectionGate.Lease closedTwice = gate.lease();
    closedTwice.close();
    closedTwice.close();
    try (ConnectionGate.Lease next = gate.lease()) {
      assertThatThrownBy(gate::lease).isInstanceOf(SQLTransientConnectionException.class);
    }
    kept.close();
  }

  @Test
  void anInterruptedWaitFailsAndKeepsTheInterrupt() throws Exception {
    ConnectionGate gate = ConnectionGate.of(pool, 1, 10_000);
    try (ConnectionGate.Lease held = gate.lease()) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(gate::lease).isInstanceOf(SQLTransientConnectionException.class)
          .hasMessage("Interrupted while waiting for a database connection");
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  /**
   * With the gate, whoever asks the pool for a connection finds one idle: it never has to wait inside the pool
   * for another caller to give one back (without the gate, most of these calls found none).
   */
  @Test
  void manyCallersShareThePoolAndEachFindsAnIdleConnection() throws Exception {
    AtomicInteger fewestIdle = new AtomicInteger(Integer.MAX_VALUE);
    DataSource watched = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("getConnection")) {
            fewestIdle.accumulateAndGet(pool.getHikariPoolMXBean().getIdleConnections(), Math::min);
          }
          try {
            return method.invoke(pool, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
      // The pool opens its connections in the background at first; from here on it has them all.
    }
    ConnectionGate gate = ConnectionGate.of(watched, SIZE, 30_000);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        answers.add(callers.submit(() -> {
          try (ConnectionGate.Lease lease = gate.lease();
              Statement statement = lease.connection().createStatement();
              ResultSet row = statement.executeQuery("SELECT 1")) {
            row.next();
            return row.getInt(1);
          }
        }));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(1);
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(fewestIdle.get()).isBetween(1, SIZE);
  }

  @Test
  void withoutAGateEveryCallerGoesToTheDataSource() throws Exception {
    ConnectionGate gate = ConnectionGate.open(pool);
    try (ConnectionGate.Lease first = gate.lease(); ConnectionGate.Lease second = gate.lease()) {
      assertThat(first.connection()).isNotSameAs(second.connection());
    }
  }
}
