package dev.offsync.server.internal.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offsync.server.internal.storage.Database;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change bus of every server on one PostgreSQL database: a write's notice goes out with
 * {@code pg_notify} after its commit, and each server's daemon thread {@code offsync-changes-listen} holds one
 * connection that {@code LISTEN}s and hands what arrives (its own notices too) to its local listeners. So a
 * write on server A reaches the change streams of server B. The payload is the table, the time and the owner
 * column's value, never contents. If the listening connection breaks, it is opened again with a growing pause
 * (up to 30 s); notices sent meanwhile are not heard by this server.
 *
 * <p>Notices go out from the daemon thread {@code offsync-changes-notify}, not from the writing request's: a
 * write does not wait for them, and the notices that arrive while one batch is sent go out together in the
 * next, one statement and one transaction, the newest per table and owner only (a client that hears of a
 * change pulls everything newer than its delta token, so an older notice of the same rows tells it nothing
 * more). A notice per write cost a second pooled connection, statement and commit per POST, and PostgreSQL
 * serializes the commits that notify.
 */
public final class PostgresChangeBus implements ChangeBus {

  static final String CHANNEL = "offsync_changes";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeBus.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int POLL_MILLIS = 250;

  private final Database database;
  /** The schema the tables live in: servers on other schemas of the same database share the channel. */
  private final String schema;
  private final LocalChangeBus local = new LocalChangeBus();
  private final Thread listener;
  private final CountDownLatch listening = new CountDownLatch(1);
  /** The notices not sent yet, the newest per table and owner; guarded by itself. */
  private final Map<Key, ChangeNotice> pending = new LinkedHashMap<>();
  private final Thread notifier;
  private volatile boolean closed;

  /** Which notices a newer one makes redundant. */
  private record Key(String table, String owner) {}

  private PostgresChangeBus(Database database) {
    this.database = database;
    this.schema = database.read(connection -> {
      try (Statement statement = connection.createStatement();
          java.sql.ResultSet row = statement.executeQuery("SELECT current_schema()")) {
        return row.next() ? String.valueOf(row.getString(1)) : "";
      }
    });
    this.listener = new Thread(this::listen, "offsync-changes-listen");
    listener.setDaemon(true);
    this.notifier = new Thread(this::sendPending, "offsync-changes-notify");
    notifier.setDaemon(true);
  }

  /** Starts listening, waiting up to ten seconds for the first {@code LISTEN} to be in place. */
  public static PostgresChangeBus start(Database database) {
    PostgresChangeBus bus = new PostgresChangeBus(database);
    bus.listener.start();
    bus.notifier.start();
    try {
      if (!bus.listening.await(10, TimeUnit.SECONDS)) {
        LOG.warn("The change notice listener is not listening yet; it keeps trying");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return bus;
  }

  /** Queues the notice for the notifier thread and returns at once. */
  @Override
  public void publish(ChangeNotice notice) {
    synchronized (pending) {
      if (closed) {
        return;
      }
      pending.merge(new Key(notice.table(), notice.owner()), notice,
          (queued, next) -> next.updatedAt().isAfter(queued.updatedAt()) ? next : queued);
      pending.notifyAll();
    }
  }

  /** Sends what is pending, batch after batch, until the bus is closed and nothing is left. */
  private void sendPending() {
    while (true) {
      List<ChangeNotice> batch;
      synchronized (pending) {
        while (pending.isEmpty() && !closed) {
          try {
            pending.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (pending.isEmpty()) {
          return;
        }
        batch = new ArrayList<>(pending.values());
        pending.clear();
      }
      send(batch);
    }
  }

  private void send(List<ChangeNotice> batch) {
    String[] payloads = batch.stream().map(this::payload).toArray(String[]::new);
    try {
      database.read(connection -> {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT pg_notify(?, payload) FROM unnest(?::text[]) AS notices(payload)")) {
          statement.setString(1, CHANNEL);
          statement.setArray(2, connection.createArrayOf("text", payloads));
          statement.execute();
          return null;
        }
      });
    } catch (RuntimeException e) {
      LOG.warn("Could not send the change notices of tables {}", batch.stream().map(ChangeNotice::table)
          .distinct().toList(), e);
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<ChangeNotice> listener) {
    return local.subscribe(listener);
  }

  /** Sends the notices still pending (waiting up to five seconds), then stops listening. */
  @Override
  public void close() {
    synchronized (pending) {
      closed = true;
      pending.notifyAll();
    }
    try {
      notifier.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    local.close();
    try {
      listener.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void listen() {
    long pause = 500;
    while (!closed) {
      AtomicBoolean listened = new AtomicBoolean();
      try {
        database.read(connection -> listenUntilClosed(connection, listened));
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        pause = listened.get() ? 500 : pause;
        LOG.warn("The change notice listener lost its connection; retrying in {} ms", pause, e);
        sleep(pause);
        pause = Math.min(pause * 2, 30_000);
      }
    }
  }

  /** Listens on one connection (kept from the pool all along) until the bus is closed or the connection fails. */
  private Void listenUntilClosed(Connection connection, AtomicBoolean listened) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("LISTEN " + CHANNEL);
    }
    listened.set(true);
    listening.countDown();
    PGConnection pg = connection.unwrap(PGConnection.class);
    while (!closed) {
      PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          deliver(notification.getParameter());
        }
      }
    }
    return null;
  }

  private void deliver(String payload) {
    try {
      JsonNode node = JSON.readTree(payload);
      if (!schema.equals(node.path("schema").asText())) {
        return;
      }
      JsonNode owner = node.get("owner");
      local.publish(new ChangeNotice(node.get("table").asText(),
          Instant.ofEpochMilli(node.get("updatedAt").asLong()), owner == null || owner.isNull() ? null
              : owner.asText()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Ignored a change notice that does not parse", e);
    }
  }

  private String payload(ChangeNotice notice) {
    ObjectNode node = JSON.createObjectNode();
    node.put("schema", schema);
    node.put("table", notice.table());
    node.put("updatedAt", notice.updatedAt().toEpochMilli());
    node.put("owner", notice.owner());
    return node.toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
