package bad.db;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncDatabase;
import dev.offsync.annotations.SyncTable;
import dev.offsync.schema.ColumnConverter;
import java.util.List;

@SyncDatabase(tables = BadConverters.Tagged.class,
    converters = {BadConverters.TagsJson.class, BadConverters.TagsCsv.class, String.class,
        BadConverters.Chars.class})
public interface BadConverters {

  @SyncTable("tagged")
  record Tagged(@Id String id, List<String> tags) {}

  final class TagsJson implements ColumnConverter<List<String>, String> {
    public String toColumn(List<String> value) { return value.toString(); }
    public List<String> fromColumn(String value) { return List.of(value); }
  }

  final class TagsCsv implements ColumnConverter<List<String>, String> {
    public String toColumn(List<String> value) { return String.join(",", value); }
    public List<String> fromColumn(String value) { return List.of(value.split(",")); }
  }

  final class Chars implements ColumnConverter<StringBuilder, char[]> {
    public char[] toColumn(StringBuilder value) { return value.toString().toCharArray(); }
    public StringBuilder fromColumn(char[] value) { return new StringBuilder().append(value); }
  }
}
