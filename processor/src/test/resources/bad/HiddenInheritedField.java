package bad;

import bad.base.HiddenBase;
import dev.offsync.annotations.SyncTable;

@SyncTable
public class HiddenInheritedField extends HiddenBase {
  public String title;
}
