package dev.offsync.testing.tasks;

import dev.offsync.schema.ColumnConverter;
import java.util.List;

/** A {@code List<String>} as comma-separated text: the converter {@code Note.keywords} names with @Convert. */
public final class CommaSeparated implements ColumnConverter<List<String>, String> {

  /** The converter; generated code creates it. */
  public CommaSeparated() {}

  @Override
  public String toColumn(List<String> value) {
    return String.join(",", value);
  }

  @Override
  public List<String> fromColumn(String value) {
    return value.isEmpty() ? List.of() : List.of(value.split(",", -1));
  }
}
