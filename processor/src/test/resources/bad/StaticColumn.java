package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.SyncTable;

@SyncTable
public class StaticColumn {
  @Id public String id;
  @Index public static String shared;
  @Index transient String cached;
}
