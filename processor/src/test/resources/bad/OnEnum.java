package bad;

import dev.offsync.annotations.SyncTable;

@SyncTable
public enum OnEnum { A }
