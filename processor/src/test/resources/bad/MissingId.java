package bad;

import dev.offsync.annotations.SyncTable;

@SyncTable
public record MissingId(String title) {}
