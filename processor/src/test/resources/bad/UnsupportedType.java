package bad;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import java.util.List;

@SyncTable
public record UnsupportedType(
    @Id String id,
    List<String> tags) {}
