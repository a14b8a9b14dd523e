package dev.offsync.reliability;

import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The items of both tables, by {@code table/id}, as a client's store holds them or as the service serves them
 * (soft-deleted items left out), with every column and the system properties.
 *
 * @param items each item's {@code toString()} (records: every field) by {@code table/id}
 * @param tokens each item's token ({@code text} or {@code name}) by {@code table/id}
 */
record State(Map<String, String> items, Map<String, String> tokens) {

  /** What a client's store holds. */
  static State local(SyncClient client) {
    Map<String, String> items = new TreeMap<>();
    Map<String, String> tokens = new TreeMap<>();
    client.table(NoteTable.DEFINITION).query().list().forEach(note -> put(items, tokens, "notes", note.id(),
        note, note.text()));
    client.table(LabelTable.DEFINITION).query().list().forEach(label -> put(items, tokens, "labels", label.id(),
        label, label.name()));
    return new State(items, tokens);
  }

  /** What the service serves, read by an {@link Clients#auditor}. */
  static State service(SyncClient auditor) {
    Map<String, String> items = new TreeMap<>();
    Map<String, String> tokens = new TreeMap<>();
    auditor.remoteTable(NoteTable.DEFINITION).list(Query.all()).forEach(note -> put(items, tokens, "notes",
        note.id(), note, note.text()));
    auditor.remoteTable(LabelTable.DEFINITION).list(Query.all()).forEach(label -> put(items, tokens, "labels",
        label.id(), label, label.name()));
    return new State(items, tokens);
  }

  private static void put(Map<String, String> items, Map<String, String> tokens, String table, String id,
      Object item, String token) {
    items.put(table + "/" + id, item.toString());
    tokens.put(table + "/" + id, token);
  }

  /** Where this state and another differ, one line per item; empty when equal. */
  List<String> differences(State other, String thisName, String otherName) {
    List<String> lines = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(items.keySet());
    keys.addAll(other.items.keySet());
    for (String key : keys) {
      if (!Objects.equals(items.get(key), other.items.get(key))) {
        lines.add(key + ": " + thisName + " " + items.get(key) + ", " + otherName + " " + other.items.get(key));
      }
    }
    return lines;
  }
}
