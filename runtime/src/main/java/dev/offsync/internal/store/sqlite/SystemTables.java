package dev.offsync.internal.store.sqlite;

import java.util.List;

/**
 * The store's own tables: the operations queue, the delta tokens and the schema record. Their layout is
 * the store format; {@link #FORMAT_VERSION} changes when it does.
 */
final class SystemTables {

  /** The store format this code reads and writes. */
  static final int FORMAT_VERSION = 1;
  /** {@code PRAGMA application_id} of an Offsync store: "OFSY". */
  static final int APPLICATION_ID = 0x4F465359;

  static final String OPERATIONS = "\"__operations\"";
  static final String DELTA_TOKENS = "\"__deltatokens\"";
  static final String SCHEMA = "\"__schema\"";

  /** Names that a user table can never have, since table names start with a lower-case letter. */
  static final List<String> NAMES = List.of("__operations", "__deltatokens", "__schema");

  static final List<String> CREATE = List.of(
      "CREATE TABLE IF NOT EXISTS " + SCHEMA + " ("
          + "\"table\" TEXT PRIMARY KEY NOT NULL, "
          + "\"schemaHash\" TEXT NOT NULL, "
          + "\"columns\" TEXT NOT NULL, "
          + "\"formatVersion\" INTEGER NOT NULL, "
          + "\"updatedAt\" INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS " + OPERATIONS + " ("
          + "\"sequence\" INTEGER PRIMARY KEY AUTOINCREMENT, "
          + "\"table\" TEXT NOT NULL, "
          + "\"itemId\" TEXT NOT NULL, "
          + "\"kind\" TEXT NOT NULL, "
          + "\"item\" TEXT, "
          + "\"version\" TEXT, "
          + "\"state\" TEXT NOT NULL, "
          + "\"attempts\" INTEGER NOT NULL, "
          + "\"httpStatus\" INTEGER, "
          + "\"lastError\" TEXT, "
          + "\"base\" TEXT, "
          + "\"serverItem\" TEXT, "
          + "\"revision\" INTEGER NOT NULL, "
          + "\"createdAt\" INTEGER NOT NULL, "
          + "\"updatedAt\" INTEGER NOT NULL, "
          + "\"sentItems\" TEXT, "
          + "UNIQUE (\"table\", \"itemId\"))",
      "CREATE TABLE IF NOT EXISTS " + DELTA_TOKENS + " ("
          + "\"table\" TEXT NOT NULL, "
          + "\"queryId\" TEXT NOT NULL, "
          + "\"token\" TEXT NOT NULL, "
          + "\"updatedAt\" INTEGER NOT NULL, "
          + "PRIMARY KEY (\"table\", \"queryId\"))");

  /**
   * Columns added to the system tables after format 1 was released, each {@code {table, column, type}}: a store
   * written before gets them on open. They are nullable and ignored by older versions, so the format stays 1.
   */
  static final List<List<String>> ADDED_COLUMNS = List.of(List.of(OPERATIONS, "sentItems", "TEXT"));

  private SystemTables() {}
}
