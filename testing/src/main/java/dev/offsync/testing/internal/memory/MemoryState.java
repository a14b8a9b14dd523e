package dev.offsync.testing.internal.memory;

import dev.offsync.store.QueuedOperation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything an in-memory store holds: tables, the operations queue, the delta tokens and the last sequence
 * given. A committed state is never changed, so a read transaction simply keeps a reference to one. A write
 * transaction works on a {@link #draft()}, which shares the committed collections and copies each one the
 * first time it changes it (copy on write); committing publishes the draft.
 *
 * <p>Not thread-safe: a draft belongs to the one writer; committed states are only read.
 */
final class MemoryState {

  private Map<String, MemoryTable> tables;
  private TreeMap<Long, QueuedOperation> operations;
  /** Sequence by {@link #key(String, String)}: at most one operation per item. */
  private Map<String, Long> operationIndex;
  private Map<String, Map<String, String>> tokens;
  private long lastSequence;

  /** What this draft has copied already; null for a committed state, which must not change. */
  private final Set<Object> copied;

  private MemoryState(Map<String, MemoryTable> tables, TreeMap<Long, QueuedOperation> operations,
      Map<String, Long> operationIndex, Map<String, Map<String, String>> tokens, long lastSequence,
      Set<Object> copied) {
    this.tables = tables;
    this.operations = operations;
    this.operationIndex = operationIndex;
    this.tokens = tokens;
    this.lastSequence = lastSequence;
    this.copied = copied;
  }

  /** An empty store. */
  static MemoryState empty() {
    return new MemoryState(new HashMap<>(), new TreeMap<>(), new HashMap<>(), new HashMap<>(), 0, null);
  }

  /** A draft over this state. */
  MemoryState draft() {
    return new MemoryState(tables, operations, operationIndex, tokens, lastSequence, new HashSet<>());
  }

  /** This draft as a committed state; the draft must not be used afterwards. */
  MemoryState commit() {
    return new MemoryState(tables, operations, operationIndex, tokens, lastSequence, null);
  }

  static String key(String table, String itemId) {
    return table + '\u0000' + itemId;
  }

  Map<String, MemoryTable> tables() {
    return tables;
  }

  TreeMap<Long, QueuedOperation> operations() {
    return operations;
  }

  Map<String, Long> operationIndex() {
    return operationIndex;
  }

  Map<String, Map<String, String>> tokens() {
    return tokens;
  }

  long lastSequence() {
    return lastSequence;
  }

  /** The table to change in this draft. */
  MemoryTable writableTable(String name) {
    if (copied.add("table:" + name)) {
      writableTables().put(name, tables.get(name).copy());
    }
    return tables.get(name);
  }

  /** The table map to change in this draft (to add, replace or remove a table). */
  Map<String, MemoryTable> writableTables() {
    if (copied.add("tables")) {
      tables = new HashMap<>(tables);
    }
    return tables;
  }

  /** The queue to change in this draft; the index changes with it. */
  TreeMap<Long, QueuedOperation> writableOperations() {
    if (copied.add("operations")) {
      operations = new TreeMap<>(operations);
      operationIndex = new HashMap<>(operationIndex);
    }
    return operations;
  }

  /** The tokens of one table, to change in this draft. */
  Map<String, String> writableTokens(String table) {
    if (copied.add("tokens")) {
      tokens = new HashMap<>(tokens);
    }
    if (copied.add("tokens:" + table)) {
      tokens.put(table, new LinkedHashMap<>(tokens.getOrDefault(table, Map.of())));
    }
    return tokens.get(table);
  }

  /** Gives the next sequence number. */
  long nextSequence() {
    return ++lastSequence;
  }
}
