package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

public class DuplicateTableName {
  @SyncTable("shared")
  public record First(@Id String id) {}

  @SyncTable("shared")
  public record Second(@Id String id) {}
}
