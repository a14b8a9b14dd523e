package dev.offsync.query;

import static dev.offsync.query.Todo.COMPLETE;
import static dev.offsync.query.Todo.DUE;
import static dev.offsync.query.Todo.NOTE;
import static dev.offsync.query.Todo.PRICE;
import static dev.offsync.query.Todo.REF;
import static dev.offsync.query.Todo.TITLE;
import static dev.offsync.query.Todo.UPDATED_AT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the SQL text and the parameter values of both dialects. */
class SqlPrinterTest {

  private static final Instant T = Instant.parse("2024-08-23T20:22:54.291Z");

  @Test
  void sqliteUsesStorageFormsAsParameters() {
    SqlFragment sql = SqlPrinter.sqlite().where(Filter.and(UPDATED_AT.gt(T), COMPLETE.isFalse(),
        DUE.eq(LocalDate.of(1994, 10, 14)), REF.ne(UUID.fromString("0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6"))));
    assertThat(sql.sql()).isEqualTo("((\"updatedAt\" > ?) AND (\"complete\" = ?) AND (\"dueDate\" = ?)"
        + " AND (\"ref\" IS NOT ?))");
    assertThat(sql.parameters()).containsExactly(T.toEpochMilli(), 0, "1994-10-14",
        "0e8d7c4a-1b2c-4d5e-8f90-a1b2c3d4e5f6");
  }

  @Test
  void postgresUsesNativeTypesAsParameters() {
    SqlFragment sql = SqlPrinter.postgres().where(UPDATED_AT.gt(T).or(PRICE.le(new BigDecimal("2.5"))));
    assertThat(sql.sql()).isEqualTo("((\"updatedAt\" > CAST(? AS timestamptz)) OR (\"price\" <= CAST(? AS numeric)))");
    assertThat(sql.parameters()).containsExactly(OffsetDateTime.of(2024, 8, 23, 20, 22, 54, 291_000_000,
        ZoneOffset.UTC), new BigDecimal("2.5"));
  }

  @Test
  void nullsAndNegationAreTwoValued() {
    assertThat(SqlPrinter.sqlite().where(NOTE.isNull()).sql()).isEqualTo("(\"note\" IS NULL)");
    assertThat(SqlPrinter.sqlite().where(NOTE.isNotNull()).sql()).isEqualTo("(\"note\" IS NOT NULL)");
    assertThat(SqlPrinter.sqlite().where(NOTE.gt((String) null)).sql()).isEqualTo("FALSE");
    // SQLite 3.18 (Android 8) has no IS NOT TRUE; PostgreSQL keeps it.
    assertThat(SqlPrinter.sqlite().where(NOTE.eq("a").not()).sql())
        .isEqualTo("(CASE WHEN (\"note\" = ?) THEN 0 ELSE 1 END)");
    assertThat(SqlPrinter.postgres().where(NOTE.eq("a").not()).sql()).isEqualTo("((\"note\" = ?) IS NOT TRUE)");
    assertThat(SqlPrinter.sqlite().where(NOTE.ne("a")).sql()).isEqualTo("(\"note\" IS NOT ?)");
    assertThat(SqlPrinter.sqlite().where(NOTE.eq(TITLE)).sql()).isEqualTo("(\"note\" IS \"title\")");
    assertThat(SqlPrinter.postgres().where(NOTE.eq(TITLE)).sql())
        .isEqualTo("(\"note\" IS NOT DISTINCT FROM \"title\")");
    assertThat(SqlPrinter.postgres().where(NOTE.ne("a")).sql()).isEqualTo("(\"note\" IS DISTINCT FROM ?)");
  }

  @Test
  void stringTestsNeverUseLike() {
    assertThat(SqlPrinter.sqlite().where(TITLE.startsWith("a%")).sql()).isEqualTo("(instr(\"title\", ?) = 1)");
    assertThat(SqlPrinter.sqlite().where(TITLE.contains("_")).sql()).isEqualTo("(instr(\"title\", ?) > 0)");
    assertThat(SqlPrinter.sqlite().where(TITLE.endsWith("x")).sql())
        .isEqualTo("(substr(\"title\", length(\"title\") - length(?) + 1) = ?)");
    assertThat(SqlPrinter.postgres().where(TITLE.startsWith("a%")).sql()).isEqualTo("starts_with(\"title\", ?)");
    assertThat(SqlPrinter.postgres().where(TITLE.gt("a")).sql()).isEqualTo("(\"title\" COLLATE \"C\" > ?)");
  }

  @Test
  void decimalsCompareNumericallyInSqlite() {
    SqlFragment sql = SqlPrinter.sqlite().where(PRICE.mul(2).gt(new BigDecimal("10.0")));
    assertThat(sql.sql()).isEqualTo("((CAST(\"price\" AS REAL) * ?) > CAST(? AS REAL))");
    assertThat(sql.parameters()).containsExactly(2, "10.0");
  }

  @Test
  void orderByPutsNullsFirstAscendingInBothDialects() {
    List<Ordering<?>> orderings = List.of(TITLE.asc(), PRICE.desc(), new Ordering<>("id", false));
    assertThat(SqlPrinter.sqlite().orderBy(orderings))
        .isEqualTo("\"title\" ASC, CAST(\"price\" AS REAL) DESC, \"id\" ASC");
    assertThat(SqlPrinter.postgres().orderBy(orderings))
        .isEqualTo("\"title\" COLLATE \"C\" ASC NULLS FIRST, \"price\" DESC NULLS LAST, \"id\" ASC NULLS FIRST");
    assertThat(SqlPrinter.sqlite().orderBy(List.of())).isEmpty();
  }

  @Test
  void clausesCombineFilterOrderAndPaging() {
    Query query = Query.where(COMPLETE.isTrue()).orderBy(TITLE.asc()).skip(20).top(10);
    SqlFragment sqlite = SqlPrinter.sqlite().clauses(query);
    assertThat(sqlite.sql()).isEqualTo("WHERE (\"complete\" = ?) ORDER BY \"title\" ASC LIMIT ? OFFSET ?");
    assertThat(sqlite.parameters()).containsExactly(1, 10, 20);
    assertThat(SqlPrinter.sqlite().clauses(Query.all().skip(5)).sql()).isEqualTo("LIMIT -1 OFFSET ?");
    assertThat(SqlPrinter.postgres().clauses(Query.all().skip(5)).sql()).isEqualTo("OFFSET ?");
    assertThat(SqlPrinter.postgres().clauses(Query.all()).sql()).isEmpty();
  }

  @Test
  void identifiersAreQuotedAndEscaped() {
    Filter<Todo> filter = new Comparison<>(ComparisonOperator.EQ, new ColumnRef("we\"ird", ColumnType.INT),
        Literal.ofNumber(1));
    assertThat(SqlPrinter.sqlite().where(filter).sql()).isEqualTo("(\"we\"\"ird\" = ?)");
  }
}
