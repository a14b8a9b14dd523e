package dev.offsync.server.internal.storage;

import dev.offsync.query.SqlFragment;
import dev.offsync.query.SqlPrinter;
import dev.offsync.server.ItemQuery;
import dev.offsync.server.Repository;
import dev.offsync.server.RequestRejectedException;
import dev.offsync.server.StoredItem;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The built-in store: a table's rows in the server's SQLite or PostgreSQL database. Queries become
 * parameterized SQL through core's {@link SqlPrinter}; writes run in one transaction that first takes the
 * table's clock (see {@link TableStore#nextTimestamp}), which also serializes the table's writers.
 */
public final class JdbcRepository implements Repository {

  private final Database database;
  private final TableStore store;
  private final SqlPrinter printer;

  /** The store of {@code table}, whose SQL table must exist (see {@link SchemaManager}). */
  public JdbcRepository(Database database, Table table) {
    this.database = database;
    this.store = new TableStore(database.dialect(), table);
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
    return database.write(connection -> {
      Instant updatedAt = store.nextTimestamp(connection, now);
      Optional<Item> existing = store.find(connection, id);
      Item item = Item.from(change.apply(existing.map(found -> found), updatedAt));
      if (existing.isPresent()) {
        store.update(connection, item);
      } else {
        store.insert(connection, item);
      }
      return item;
    });
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
