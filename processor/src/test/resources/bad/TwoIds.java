package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

@SyncTable
public record TwoIds(
    @Id String id,
    @Id String otherId) {}
