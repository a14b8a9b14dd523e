package bad;

import dev.offsync.annotations.Convert;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.schema.ColumnConverter;

@SyncTable
public record ConvertedSystemProperty(@Id @Convert(ConvertedSystemProperty.Same.class) String id) {

  public static final class Same implements ColumnConverter<String, String> {
    @Override public String toColumn(String value) { return value; }
    @Override public String fromColumn(String value) { return value; }
  }
}
