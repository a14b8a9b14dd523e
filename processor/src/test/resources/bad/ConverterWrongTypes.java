package bad;

import dev.offsync.annotations.Convert;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.schema.ColumnConverter;
import java.util.List;

@SyncTable
public record ConverterWrongTypes(
    @Id String id,
    @Convert(ConverterWrongTypes.Upper.class) List<String> tags,
    @Convert(String.class) List<Integer> scores) {

  /** Converts strings, not the lists the field holds. */
  public static final class Upper implements ColumnConverter<String, String> {
    @Override public String toColumn(String value) { return value.toUpperCase(); }
    @Override public String fromColumn(String value) { return value.toLowerCase(); }
  }
}
