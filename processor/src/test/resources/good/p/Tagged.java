package p;

import dev.offsync.annotations.Convert;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.schema.ColumnConverter;
import java.util.List;

/** A converted column: tags as one line each in a text column. */
@SyncTable("tagged")
public record Tagged(@Id String id, @Convert(Tagged.Lines.class) List<String> tags) {

  /** A list of strings as lines of text. */
  public static final class Lines implements ColumnConverter<List<String>, String> {
    @Override
    public String toColumn(List<String> value) {
      return String.join("\n", value);
    }

    @Override
    public List<String> fromColumn(String value) {
      return List.of(value.split("\n", -1));
    }
  }
}
