package dev.offsync.testing.contract;

import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.testing.internal.HandWrittenDefinition;

/** Two versions of one table for the migration part of the store contract. */
public final class ContractTables {

  private ContractTables() {}

  /**
   * Version 1.
   *
   * @param id the id
   * @param text the text
   * @param rank the rank, a number
   */
  public record NoteV1(String id, String text, int rank) {}

  /**
   * Version 2: rank is text now, pinned is new.
   *
   * @param id the id
   * @param text the text
   * @param rank the rank, as text
   * @param pinned whether the note is pinned
   */
  public record NoteV2(String id, String text, String rank, boolean pinned) {}

  /** The definition of version 1. */
  public static final TableDefinition<NoteV1> NOTE_V1 = HandWrittenDefinition.builder("notes", NoteV1.class)
      .column("text", ColumnType.STRING, true, NoteV1::text)
      .column("rank", ColumnType.INT, false, NoteV1::rank)
      .system(note -> SystemProperties.local(note.id()), false, false)
      .factory((system, values) -> new NoteV1(system.id(), (String) values[0], (Integer) values[1]))
      .build();

  /** The definition of version 2. */
  public static final TableDefinition<NoteV2> NOTE_V2 = HandWrittenDefinition.builder("notes", NoteV2.class)
      .column("text", ColumnType.STRING, true, NoteV2::text)
      .column("rank", ColumnType.STRING, true, NoteV2::rank)
      .column("pinned", ColumnType.BOOLEAN, false, NoteV2::pinned)
      .system(note -> SystemProperties.local(note.id()), false, false)
      .factory((system, values) -> new NoteV2(system.id(), (String) values[0], (String) values[1],
          (Boolean) values[2]))
      .build();
}
