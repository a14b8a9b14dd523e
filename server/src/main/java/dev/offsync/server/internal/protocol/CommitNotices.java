package dev.offsync.server.internal.protocol;

import dev.offsync.server.internal.changes.ChangeNotice;
import dev.offsync.server.internal.model.Item;

/**
 * The hook at the point where a write has committed: announces it to the change streams (of every server
 * sharing the database on PostgreSQL). Kept apart from the write paths so that it moves with them.
 */
final class CommitNotices {

  private CommitNotices() {}

  /** Announces a committed row: its table, its {@code updatedAt} and its owner column's value. */
  static void committed(TableContext context, Item stored) {
    String ownerColumn = context.table().schema().ownerColumn();
    Object owner = ownerColumn == null ? null : context.table().column(ownerColumn)
        .map(column -> stored.values().get(column.name())).orElse(null);
    context.changes().publish(new ChangeNotice(context.table().name(), stored.updatedAt(),
        owner == null ? null : owner.toString()));
  }
}
