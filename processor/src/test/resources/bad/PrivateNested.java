package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

public class PrivateNested {
  @SyncTable
  private static class Hidden {
    @Id public String id;
  }
}
