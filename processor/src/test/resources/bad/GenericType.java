package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public class GenericType<T> {
  @Id public String id;
}
