package dev.offsync.internal.sync;

import dev.offsync.errors.SchemaMismatchException;
import dev.offsync.internal.http.ServiceCalls;
import dev.offsync.internal.http.ServiceDescription;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, before a table's first push or pull, that the service has each of its synchronized columns with a
 * compatible type, from the service's description read once per client. A service without a description, or
 * one that does not describe the table, is trusted (with one warning), since nothing can be checked.
 *
 * <p>Thread-safe: parallel push sends call {@link #verify} at once; the description is read under the lock.
 */
final class SchemaCheck {

  private static final Logger log = LoggerFactory.getLogger(SchemaCheck.class);

  private final ServiceCalls calls;
  private final Set<String> verified = ConcurrentHashMap.newKeySet();
  /** Guarded by {@code this}; null until read. */
  private Optional<ServiceDescription> description;

  SchemaCheck(ServiceCalls calls) {
    this.calls = calls;
  }

  /**
   * Passes if the service can hold the table's synchronized columns.
   *
   * @throws SchemaMismatchException naming the columns it lacks or types differently
   */
  void verify(TableDefinition<?> table) {
    if (verified.contains(table.tableName())) {
      return;
    }
    Optional<Map<String, String>> columns = description().flatMap(d -> d.columns(table.tableName()));
    if (columns.isPresent()) {
      compare(table, columns.get());
    } else if (description().isPresent()) {
      log.warn("The service's /openapi.json does not describe table '{}'; its columns are not checked",
          table.tableName());
    }
    verified.add(table.tableName());
  }

  private synchronized Optional<ServiceDescription> description() {
    if (description == null) {
      description = calls.describe();
      if (description.isEmpty()) {
        log.warn("The service offers no description at /openapi.json; table columns are not checked against it");
      }
    }
    return description;
  }

  private static void compare(TableDefinition<?> table, Map<String, String> service) {
    List<String> columns = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (ColumnDefinition column : table.columns()) {
      if (column.localOnly() || column.serviceOwned()) {
        continue; // never sent; a service-owned column (createdAt) is kept by some services only
      }
      String type = service.get(column.name().toLowerCase(Locale.ROOT));
      if (type == null) {
        columns.add(column.name());
        details.add("'" + column.name() + "' is missing");
      } else if (!compatible(column.type(), type)) {
        columns.add(column.name());
        details.add("'" + column.name() + "' is " + type + " there but " + column.type().name() + " here");
      }
    }
    if (!columns.isEmpty()) {
      throw new SchemaMismatchException(table.tableName(), columns, String.join(", ", details));
    }
  }

  /** The same type; an enum kept as a string; or a service that names no type (nothing to compare). */
  private static boolean compatible(ColumnType model, String service) {
    return service.equals(ServiceDescription.UNTYPED) || service.equals(model.name())
        || (model == ColumnType.ENUM && service.equals(ColumnType.STRING.name()));
  }
}
