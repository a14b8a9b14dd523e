package dev.offsync.sample.demo;

import dev.offsync.SyncClient;
import dev.offsync.query.Query;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything one side (a device, or the service) holds, as id to a canonical text of what is synchronized:
 * every column but the local-only note, plus {@code updatedAt} and {@code version}. Two sides have converged
 * when their snapshots are equal.
 *
 * @param side the side's name, such as {@code device A} or {@code service}
 * @param todos the todo items by id
 * @param tags the tags by id
 */
record Snapshot(String side, SortedMap<String, String> todos, SortedMap<String, String> tags) {

  /** What a device's local store holds. */
  static Snapshot ofDevice(Device device) {
    try (Stream<TodoItem> todos = device.todos().query().stream();
         Stream<Tag> tags = device.tags().query().stream()) {
      return of("device " + device.name(), todos, tags);
    }
  }

  /** What the service holds, read straight from it (every page); deleted items are left out. */
  static Snapshot ofService(SyncClient client) {
    try (Stream<TodoItem> todos = client.remoteTable(TodoItemTable.DEFINITION).query(Query.all());
         Stream<Tag> tags = client.remoteTable(TagTable.DEFINITION).query(Query.all())) {
      return of("service", todos, tags);
    }
  }

  private static Snapshot of(String side, Stream<TodoItem> todos, Stream<Tag> tags) {
    SortedMap<String, String> todoTexts = new TreeMap<>();
    todos.forEach(item -> todoTexts.put(item.id(), text(item)));
    SortedMap<String, String> tagTexts = new TreeMap<>();
    tags.forEach(tag -> tagTexts.put(tag.id(), text(tag)));
    return new Snapshot(side, todoTexts, tagTexts);
  }

  static String text(TodoItem item) {
    return "title=" + item.title() + " complete=" + item.complete() + " dueDate=" + item.dueDate()
        + " priority=" + item.priority() + " updatedAt=" + item.updatedAt() + " version=" + item.version();
  }

  static String text(Tag tag) {
    return "todoId=" + tag.todoId() + " label=" + tag.label() + " updatedAt=" + tag.updatedAt()
        + " version=" + tag.version();
  }

  /** The snapshot's table by name: {@code todoitems} or {@code tags}. */
  SortedMap<String, String> table(String name) {
    return name.equals(TagTable.DEFINITION.tableName()) ? tags : todos;
  }

  /** The first 12 hex digits of a SHA-256 over both tables, in id order: equal digests, equal contents. */
  String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map<String, String> table : java.util.List.of(todos, tags)) {
        table.forEach((id, text) -> sha.update((id + '\t' + text + '\n').getBytes(StandardCharsets.UTF_8)));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }
}
