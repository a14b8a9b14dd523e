package dev.offsync.server.internal.validation;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Operation;
import dev.offsync.server.RowView;
import dev.offsync.server.User;
import dev.offsync.server.internal.protocol.ProtocolException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An access policy that checks each created or replaced item against the Bean Validation constraints of the
 * table's model class, after the wrapped policy's before-commit hook (so the values checked are the values
 * stored), and answers 400 listing every violation; the write's transaction is then rolled back.
 *
 * <p>Each constrained property that names a column is checked with {@link Validator#validateValue}, so no
 * model instance is built; class-level constraints and {@code @Valid} cascades are not checked. Deleted items
 * (tombstones) are not checked: they carry no contents to keep.
 */
public final class ValidatingPolicy implements AccessPolicy {

  private final AccessPolicy delegate;
  private final Class<?> model;
  private final Map<String, String> propertyByColumn;

  /** A policy checking the items of a table whose columns come from {@code model}. */
  public ValidatingPolicy(AccessPolicy delegate, Class<?> model, List<ColumnDefinition> columns) {
    this.delegate = delegate;
    this.model = model;
    this.propertyByColumn = columnsOfProperties(model, columns);
  }

  @Override
  public RowView view(User user, String table) {
    return delegate.view(user, table);
  }

  @Override
  public boolean isAllowed(User user, String table, Operation operation, Map<String, Object> item) {
    return delegate.isAllowed(user, table, operation, item);
  }

  @Override
  public void beforeCommit(User user, String table, Operation operation, Map<String, Object> item) {
    delegate.beforeCommit(user, table, operation, item);
    if (operation != Operation.DELETE && !Boolean.TRUE.equals(item.get(SystemProperties.DELETED))) {
      check(item);
    }
  }

  @Override
  public void afterCommit(User user, String table, Operation operation, Map<String, Object> item) {
    delegate.afterCommit(user, table, operation, item);
  }

  private void check(Map<String, Object> item) {
    List<ProtocolException.Violation> violations = new ArrayList<>();
    propertyByColumn.forEach((column, property) -> {
      for (ConstraintViolation<?> v : Holder.VALIDATOR.validateValue(model, property, item.get(column))) {
        violations.add(new ProtocolException.Violation(column, v.getMessage()));
      }
    });
    if (!violations.isEmpty()) {
      violations.sort(Comparator.comparing(ProtocolException.Violation::property)
          .thenComparing(ProtocolException.Violation::message));
      throw ProtocolException.invalid(violations);
    }
  }

  /** The constrained properties of the model that are columns of the table, by column name. */
  private static Map<String, String> columnsOfProperties(Class<?> model, List<ColumnDefinition> columns) {
    Map<String, String> columnByLowerName = new LinkedHashMap<>();
    columns.forEach(c -> columnByLowerName.put(c.name().toLowerCase(Locale.ROOT), c.name()));
    Map<String, String> result = new LinkedHashMap<>();
    for (PropertyDescriptor property : Holder.VALIDATOR.getConstraintsForClass(model).getConstrainedProperties()) {
      String column = columnByLowerName.get(property.getPropertyName().toLowerCase(Locale.ROOT));
      if (column != null) {
        result.put(column, property.getPropertyName());
      }
    }
    return result;
  }

  /** The validator, bootstrapped on first use only: servers whose models declare no constraints never pay. */
  private static final class Holder {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  }
}
