package dev.offsync.server.internal.storage;

import dev.offsync.query.SqlFragment;
import dev.offsync.query.SqlPrinter;
import dev.offsync.server.ItemQuery;
import dev.offsync.server.Repository;
import dev.offsync.server.RequestRejectedException;
import dev.offsync.server.StoredItem;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in store: a table's rows in the server's SQLite or PostgreSQL database. Queries become
 * parameterized SQL through core's {@link SqlPrinter}; each write takes the table's clock (see
 * {@link TableStore#nextTimestamp}) in the transaction that stores its row, and the clock's lock serializes the
 * table's commits.
 *
 * <p>On SQLite the whole write runs under the database's writer lock, so the clock is simply taken first.
 *
 * <p>On PostgreSQL a write first tries two round trips and no transaction of its own, to hold the clock's lock
 * for as short a time as possible: it reads the stored row, runs the change's checks on it with a provisional
 * {@code updatedAt}, and then takes the clock and stores the row in one auto-committed statement, which stores
 * nothing if the row is no longer the one read (a replace names the version it read; a create inserts only if
 * no row has the id). The clock row is locked only while that statement runs. A create ({@link Creation})
 * skips the read, one round trip, and reads only if its id is taken. If the row changed in between,
 * the write starts over once, taking the clock first as on SQLite: holding the clock, it waits for no other
 * writer of the table, so its checks run on the row it replaces. Every writer takes the clock before it writes
 * a row, so no two wait for each other. The stored row carries the clock's time, which differs from the
 * provisional one only when another server or a concurrent write of this one took a time in between.
 */
public final class JdbcRepository implements Repository {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcRepository.class);

  private final Database database;
  private final TableStore store;
  private final SqlPrinter printer;
  /** The last {@code updatedAt} this server expects to have given out, to predict the next (PostgreSQL). */
  private final AtomicLong lastStamp = new AtomicLong(Long.MIN_VALUE);

  /** The store of {@code table}, whose SQL table must exist (see {@link SchemaManager}). */
  public JdbcRepository(Database database, Table table) {
    this.database = database;
    this.store = new TableStore(database.dialect(), table, database.statements());
    this.printer = database.dialect().sqlPrinter();
  }

  @Override
  public Optional<StoredItem> find(String id) {
    return database.read(connection -> store.find(connection, id).map(item -> item));
  }

  @Override
  public void list(ItemQuery query, Consumer<? super StoredItem> sink) {
    ListSpec spec = spec(query);
    evaluating(() -> database.read(connection -> {
      store.list(connection, spec, sink);
      return null;
    }));
  }

  @Override
  public long count(ItemQuery query) {
    ListSpec spec = spec(query);
    return evaluating(() -> database.read(connection -> store.count(connection, spec)));
  }

  @Override
  public StoredItem write(String id, Instant now, Change change) {
    if (!database.isPostgres()) {
      return database.write(connection -> writeClockFirst(connection, id, now, change));
    }
    if (change instanceof Creation) {
      Optional<Item> created = createUnread(id, now, change);
      if (created.isPresent()) {
        return created.get();
      }
    }
    try {
      return database.autoCommit(connection -> {
        Optional<Item> existing = store.find(connection, id);
        Instant provisional = provisional(now);
        return stamp(connection, Item.from(change.apply(existing.map(found -> found), provisional)), existing,
            provisional);
      });
    } catch (RowChanged e) {
      LOG.debug("A write of table '{}' started over holding the clock: the row changed before it was stored",
          store.tableName());
      Item item = database.write(connection -> writeClockFirst(connection, id, now, change));
      lastStamp.accumulateAndGet(item.updatedAt().toEpochMilli(), Math::max);
      return item;
    }
  }

  /**
   * PostgreSQL: a create in one round trip, run on no row and inserted unless the id is taken. Empty when the
   * id is taken, or when the change refused the create and a row has the id: then the change must be run on
   * that row, whose answer (a conflict) comes before the refusal of what would have been created.
   */
  private Optional<Item> createUnread(String id, Instant now, Change change) {
    Instant provisional = provisional(now);
    Item item;
    try {
      item = Item.from(change.apply(Optional.empty(), provisional));
    } catch (RuntimeException refused) {
      if (find(id).isEmpty()) {
        throw refused;
      }
      return Optional.empty();
    }
    try {
      return Optional.of(database.autoCommit(connection -> stamp(connection, item, Optional.empty(), provisional)));
    } catch (RowChanged e) {
      LOG.debug("A create of table '{}' found its id taken and reads the row", store.tableName());
      return Optional.empty();
    }
  }

  private Item writeClockFirst(Connection connection, String id, Instant now, Change change) throws SQLException {
    Instant updatedAt = store.nextTimestamp(connection, now);
    Optional<Item> existing = store.find(connection, id);
    Item item = Item.from(change.apply(existing.map(found -> found), updatedAt));
    if (existing.isPresent()) {
      store.update(connection, item);
    } else {
      store.insert(connection, item);
    }
    return item;
  }

  /**
   * PostgreSQL: the time this server expects the clock to give next, at least {@code now}, which the checks of
   * a write see before the clock is taken.
   */
  private Instant provisional(Instant now) {
    return Instant.ofEpochMilli(lastStamp.updateAndGet(last -> Math.max(now.toEpochMilli(), last + 1)));
  }

  /**
   * PostgreSQL, in auto-commit mode: stores the item built on {@code existing} with the clock's time, in one
   * statement that stores nothing (and throws {@link RowChanged}) if the stored row is no longer
   * {@code existing}.
   */
  private Item stamp(Connection connection, Item item, Optional<Item> existing, Instant provisional)
      throws SQLException {
    Instant stamped = (existing.isPresent()
        ? store.stampAndUpdate(connection, item, existing.get().version(), provisional)
        : store.stampAndInsert(connection, item, provisional)).orElseThrow(RowChanged::new);
    lastStamp.accumulateAndGet(stamped.toEpochMilli(), Math::max);
    return stamped.equals(item.updatedAt()) ? item
        : new Item(item.id(), stamped, item.version(), item.deleted(), item.values());
  }

  /**
   * The row a PostgreSQL write checked is not the one it would replace: another write replaced it since it was
   * read, a create raced another create of the id, or the row was removed behind the server's back. Nothing was
   * stored, and the write starts over holding the clock.
   */
  private static final class RowChanged extends RuntimeException {
    RowChanged() {
      super(null, null, false, false);
    }
  }

  @Override
  public boolean isReachable() {
    return database.isReachable();
  }

  private ListSpec spec(ItemQuery query) {
    List<String> conditions = List.of();
    List<Object> parameters = List.of();
    if (query.filter() != null) {
      SqlFragment where = printer.where(query.filter());
      conditions = List.of(where.sql());
      parameters = where.parameters();
    }
    return new ListSpec(conditions, parameters, printer.orderBy(query.orderBy()), query.offset(), query.limit());
  }

  /** Runs a query; the database refusing to evaluate it on the stored values is the caller's fault, a 400. */
  private <T> T evaluating(java.util.function.Supplier<T> query) {
    try {
      return query.get();
    } catch (StorageException e) {
      if (e.getCause() instanceof SQLException cause && database.dialect().isEvaluationError(cause)) {
        // The database's message may quote stored values, so only its SQLSTATE is passed on.
        throw new RequestRejectedException(400, "The query cannot be evaluated on the stored data (SQLSTATE "
            + cause.getSQLState() + "), for example because of a division by zero or a number out of range");
      }
      throw e;
    }
  }
}
