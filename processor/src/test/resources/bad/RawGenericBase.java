package bad;

import bad.base.Keyed;
import dev.offsync.annotations.SyncTable;

@SuppressWarnings("rawtypes")
@SyncTable
public class RawGenericBase extends Keyed {
  public String title;
}
