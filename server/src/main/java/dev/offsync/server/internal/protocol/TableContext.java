package dev.offsync.server.internal.protocol;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.internal.changes.ChangeStreams;
import dev.offsync.server.internal.model.Table;
import dev.offsync.server.internal.storage.Database;
import dev.offsync.server.internal.storage.TableStore;
import java.time.Clock;

/**
 * What the operations on one table share.
 *
 * @param table the table
 * @param database its database
 * @param store its SQL
 * @param policy the access policy, with the owner column applied
 * @param clock the source of {@code updatedAt}
 * @param translator its OData translator
 * @param maxTop the largest {@code $top} allowed
 * @param changes where committed writes are announced to change streams
 */
record TableContext(Table table, Database database, TableStore store, AccessPolicy policy, Clock clock,
    QueryTranslator translator, int maxTop, ChangeStreams changes) {

  /** The context of a table, wrapping the policy with the table's owner column if it has one. */
  static TableContext of(Table table, Database database, AccessPolicy policy, Clock clock, int maxTop,
      ChangeStreams changes) {
    String owner = table.schema().ownerColumn();
    AccessPolicy effective = owner == null ? policy : new OwnerPolicy(policy, owner);
    return new TableContext(table, database, new TableStore(database.dialect(), table), effective, clock,
        new QueryTranslator(table, database.dialect()), maxTop, changes);
  }
}
