package b;

import dev.offsync.annotations.Column;
import dev.offsync.annotations.Deleted;
import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.LocalOnly;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A record with every supported type, a column named order, a field named select and clashing names. */
@SyncTable("everything")
public record Everything(
    @Id String id,
    String text,
    char letter,
    Character boxedLetter,
    boolean flag,
    Boolean boxedFlag,
    byte tiny,
    Byte boxedTiny,
    short small,
    Short boxedSmall,
    int count,
    Integer boxedCount,
    long big,
    Long boxedBig,
    float ratio,
    Float boxedRatio,
    double precise,
    Double boxedPrecise,
    BigDecimal price,
    Instant seenAt,
    OffsetDateTime meetingAt,
    LocalDate born,
    LocalTime alarm,
    LocalDateTime localStamp,
    UUID key,
    byte[] data,
    Mood mood,
    @Column(name = "order") int position,
    String select,
    String in,
    String entity,
    String name,
    @LocalOnly String draft,
    @Index String category,
    @UpdatedAt Instant updatedAt,
    @Version String version,
    @Deleted boolean deleted) {

  /** An enum column. */
  public enum Mood { HAPPY, SAD }
}
