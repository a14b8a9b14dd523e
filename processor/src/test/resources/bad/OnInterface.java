package bad;

import dev.offsync.annotations.SyncTable;

@SyncTable
public interface OnInterface {}
