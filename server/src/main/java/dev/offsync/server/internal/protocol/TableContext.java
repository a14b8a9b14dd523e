package dev.offsync.server.internal.protocol;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Repository;
import dev.offsync.server.internal.model.Table;
import java.time.Clock;

/**
 * What the operations on one table share.
 *
 * @param table the table
 * @param repository where its rows live: the built-in JDBC store or the application's
 * @param policy the access policy, with the owner column applied
 * @param clock the source of {@code updatedAt}
 * @param translator its OData parser
 * @param maxTop the largest {@code $top} allowed
 */
record TableContext(Table table, Repository repository, AccessPolicy policy, Clock clock,
    QueryTranslator translator, int maxTop) {

  /** The context of a table, wrapping the policy with the table's owner column if it has one. */
  static TableContext of(Table table, Repository repository, AccessPolicy policy, Clock clock, int maxTop) {
    String owner = table.schema().ownerColumn();
    AccessPolicy effective = owner == null ? policy : new OwnerPolicy(policy, owner);
    return new TableContext(table, repository, effective, clock, new QueryTranslator(table), maxTop);
  }
}
