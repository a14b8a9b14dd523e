package dev.offsync.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A piece of SQL with {@code ?} placeholders and the values to bind to them, in order. Values are already in
 * the dialect's storage form, ready for {@code PreparedStatement.setObject}; no value is ever part of the text.
 *
 * @param sql the SQL text
 * @param parameters the values of the placeholders, first placeholder first; never null elements
 */
public record SqlFragment(String sql, List<Object> parameters) {

  /** Checks the parts and copies the parameters (which may hold {@code byte[]}, so not {@code List.copyOf}). */
  public SqlFragment {
    Objects.requireNonNull(sql, "sql");
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }
}
