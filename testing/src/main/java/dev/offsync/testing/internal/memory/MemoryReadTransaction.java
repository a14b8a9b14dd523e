package dev.offsync.testing.internal.memory;

import dev.offsync.errors.StoreException;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.RowQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A read transaction on one state of an in-memory store: a committed state, which never changes, so it is a
 * snapshot by construction; or, for a write transaction, its draft. Belongs to the thread that opened it.
 */
class MemoryReadTransaction implements ReadTransaction {

  final MemoryLocalStore store;
  final MemoryState state;
  private final List<Stream<?>> streams = new ArrayList<>();
  private boolean closed;

  MemoryReadTransaction(MemoryLocalStore store, MemoryState state) {
    this.store = store;
    this.state = state;
  }

  /** Throws once this transaction or its store is closed. */
  void checkOpen() {
    if (closed) {
      throw new StoreException("This read of the local store " + store.describe() + " is closed");
    }
    store.checkOpen();
  }

  /** The table of a definition the store was opened with. */
  MemoryTable table(TableDefinition<?> definition) {
    checkOpen();
    store.checkTable(definition);
    return state.tables().get(definition.tableName());
  }

  @Override
  public <T> Optional<Decoded<T>> find(TableDefinition<T> table, String id) {
    Object[] row = table(table).rows().get(id);
    return row == null ? Optional.empty() : Optional.of(RowCodec.decode(table, row));
  }

  @Override
  public <T> Stream<Decoded<T>> query(TableDefinition<T> table, RowQuery query) {
    MemoryTable rows = table(table);
    // The rows are already in memory; the stream holds references to the matching ones and decodes lazily.
    Iterator<Object[]> selected = MemoryQuery.select(rows, table.tableName(), query).iterator();
    Stream<Decoded<T>> stream = StreamSupport.stream(new Spliterators.AbstractSpliterator<Decoded<T>>(
        Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super Decoded<T>> action) {
        checkOpen();
        if (!selected.hasNext()) {
          return false;
        }
        action.accept(RowCodec.decode(table, selected.next()));
        return true;
      }
    }, false);
    streams.add(stream);
    return stream;
  }

  @Override
  public long count(TableDefinition<?> table, RowQuery query) {
    return MemoryQuery.select(table(table), table.tableName(), query).size();
  }

  @Override
  public Optional<QueuedOperation> operation(String table, String itemId) {
    checkOpen();
    Long sequence = state.operationIndex().get(MemoryState.key(table, itemId));
    return sequence == null ? Optional.empty() : Optional.of(state.operations().get(sequence));
  }

  @Override
  public Optional<QueuedOperation> operation(long sequence) {
    checkOpen();
    return Optional.ofNullable(state.operations().get(sequence));
  }

  @Override
  public List<QueuedOperation> operations(OperationFilter filter) {
    checkOpen();
    List<QueuedOperation> selected = new ArrayList<>();
    for (QueuedOperation operation : state.operations().values()) {
      if (selected.size() >= filter.limit()) {
        break;
      }
      if ((filter.tables().isEmpty() || filter.tables().contains(operation.table()))
          && filter.states().contains(operation.state())) {
        selected.add(operation);
      }
    }
    return selected;
  }

  @Override
  public Map<String, Long> operationCounts() {
    checkOpen();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (QueuedOperation operation : state.operations().values()) {
      counts.merge(operation.table(), 1L, Long::sum);
    }
    return counts;
  }

  @Override
  public Optional<String> deltaToken(String table, String queryId) {
    checkOpen();
    return Optional.ofNullable(state.tokens().getOrDefault(table, Map.of()).get(queryId));
  }

  @Override
  public Map<String, String> deltaTokens(String table) {
    checkOpen();
    return new LinkedHashMap<>(state.tokens().getOrDefault(table, Map.of()));
  }

  @Override
  public Optional<String> schemaHash(String table) {
    checkOpen();
    return Optional.ofNullable(state.tables().get(table)).map(MemoryTable::schemaHash);
  }

  /** Closes the streams opened on this transaction. */
  void closeStreams() {
    streams.forEach(Stream::close);
    streams.clear();
  }

  @Override
  public void close() {
    if (!closed) {
      closeStreams();
      closed = true;
    }
  }
}
