package dev.offsync.query;

import dev.offsync.query.internal.PostgresWriter;
import dev.offsync.query.internal.SqlWriter;
import dev.offsync.query.internal.SqliteWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints filters and orderings as parameterized SQL for SQLite (the client's store and the server's default)
 * or PostgreSQL (the server's production database), with the same meaning as the OData text:
 * {@code eq null} is {@code IS NULL}, {@code ne} matches nulls, ordering comparisons never match nulls,
 * {@code not} is the exact complement, string tests are case-sensitive and treat {@code %} and {@code _}
 * literally, strings compare by Unicode code point.
 *
 * <p>Identifiers are double-quoted; values are always {@code ?} parameters. Instances are immutable and
 * thread-safe. See {@code docs/queries.md} for where SQLite and PostgreSQL differ (case folding).
 */
public final class SqlPrinter {

  private static final SqlPrinter SQLITE = new SqlPrinter(SqliteWriter::new);
  private static final SqlPrinter POSTGRES = new SqlPrinter(PostgresWriter::new);

  private final Supplier<SqlWriter> writers;

  private SqlPrinter(Supplier<SqlWriter> writers) {
    this.writers = writers;
  }

  /**
   * The SQLite printer, for Offsync's storage conventions: DATETIME as {@code Long} epoch milliseconds, BOOLEAN
   * as {@code Integer} 0/1, DATE/TIME/LOCAL_DATETIME/UUID/ENUM as their text forms, DECIMAL text compared as
   * floating point, BYTES as {@code byte[]}.
   */
  public static SqlPrinter sqlite() {
    return SQLITE;
  }

  /**
   * The PostgreSQL printer: parameters in native JDBC types ({@code OffsetDateTime} in UTC for timestamptz,
   * {@code UUID}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}, {@code BigDecimal},
   * {@code Boolean}); strings compared with {@code COLLATE "C"}.
   */
  public static SqlPrinter postgres() {
    return POSTGRES;
  }

  /**
   * The condition for a {@code WHERE} clause, without the keyword, such as {@code ("title" = ?)}. It is never
   * NULL for any row, so it may be combined with {@code AND}, {@code OR} and {@code NOT} freely.
   */
  public SqlFragment where(Filter<?> filter) {
    return writers.get().where(filter);
  }

  /**
   * The terms of an {@code ORDER BY} clause, without the keyword, such as {@code "title" ASC, "due" DESC};
   * empty for no orderings. Ascending puts nulls first, descending last.
   */
  public String orderBy(List<? extends Ordering<?>> orderings) {
    return writers.get().orderBy(orderings);
  }

  /**
   * The clauses after {@code FROM} for a query's filter, order and paging: {@code WHERE ... ORDER BY ... LIMIT ?
   * OFFSET ?}, each present only when needed (empty text for {@link Query#all()}). The selection, the count and
   * {@code includeDeleted} are the caller's to apply.
   */
  public SqlFragment clauses(Query query) {
    return writers.get().clauses(query);
  }
}
