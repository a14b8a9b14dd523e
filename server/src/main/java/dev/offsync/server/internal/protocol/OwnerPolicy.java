package dev.offsync.server.internal.protocol;

import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Operation;
import dev.offsync.server.RowView;
import dev.offsync.server.User;
import java.util.Map;

/**
 * A table's owner column on top of the server's access policy: the caller sees only rows whose owner column
 * holds their user id, and every create and update writes that id into it.
 */
final class OwnerPolicy implements AccessPolicy {

  private final AccessPolicy delegate;
  private final String ownerColumn;

  OwnerPolicy(AccessPolicy delegate, String ownerColumn) {
    this.delegate = delegate;
    this.ownerColumn = ownerColumn;
  }

  @Override
  public RowView view(User user, String table) {
    return delegate.view(user, table).and(ownerColumn, user.id());
  }

  @Override
  public boolean isAllowed(User user, String table, Operation operation, Map<String, Object> item) {
    return delegate.isAllowed(user, table, operation, item);
  }

  @Override
  public void beforeCommit(User user, String table, Operation operation, Map<String, Object> item) {
    if (operation == Operation.CREATE || operation == Operation.UPDATE) {
      item.put(ownerColumn, user.id());
    }
    delegate.beforeCommit(user, table, operation, item);
  }

  @Override
  public void afterCommit(User user, String table, Operation operation, Map<String, Object> item) {
    delegate.afterCommit(user, table, operation, item);
  }
}
