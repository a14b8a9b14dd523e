package dev.offsync.query;

import static dev.offsync.query.Todo.NOTE;
import static dev.offsync.query.Todo.PRICE;
import static dev.offsync.query.Todo.RATING;
import static dev.offsync.query.Todo.TITLE;
import static dev.offsync.query.Todo.UPDATED_AT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL printer on a real PostgreSQL (from {@code OFFSYNC_TEST_POSTGRES_URL}): random filters select
 * what the evaluator selects, and ordering and paging behave as in SQLite.
 */
class PostgresPrinterTest {

  private static final long FIXED_SEED = 8080L;
  private static final int FILTERS = 800;

  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    String url = System.getenv("OFFSYNC_TEST_POSTGRES_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "OFFSYNC_TEST_POSTGRES_URL is not set: no PostgreSQL to test the PostgreSQL printer against");
    connection = DriverManager.getConnection(url);
  }

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      try (var statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS \"offsync_query_test\"");
      }
      connection.close();
    }
  }

  @Test
  void randomFiltersSelectWhatTheEvaluatorSelects() throws SQLException {
    long seed = RandomFilters.seed(FIXED_SEED);
    RandomFilters random = new RandomFilters(new Random(seed), RandomFilters.PORTABLE_STRINGS);
    List<Map<String, Object>> rows = random.rows(60);
    SqlTable table = new SqlTable(connection, true, "offsync_query_test");
    table.create(rows);
    for (int i = 0; i < FILTERS; i++) {
      SqliteSemanticsTest.check(table, rows, random.filter(3), "PostgreSQL, seed " + seed + ", filter #" + i);
    }
  }

  @Test
  void orderingAndPagingMatchSqlite() throws SQLException {
    List<Map<String, Object>> rows = new RandomFilters(new Random(1), RandomFilters.PORTABLE_STRINGS).rows(40);
    SqlTable postgres = new SqlTable(connection, true, "offsync_query_test");
    postgres.create(rows);
    try (Connection sqliteConnection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      SqlTable sqlite = new SqlTable(sqliteConnection, false, "offsync_query_test");
      sqlite.create(rows);
      List<Query> queries = List.of(
          Query.all().orderBy(TITLE.asc(), Todo.ID.asc()),
          Query.all().orderBy(PRICE.desc(), Todo.ID.desc()).skip(3).top(10),
          Query.where(RATING.gt(0)).orderBy(NOTE.desc(), UPDATED_AT.asc(), Todo.ID.asc()).top(5),
          Query.where(UPDATED_AT.ge(Instant.parse("2000-01-01T00:00:00Z"))).orderBy(Todo.ID.asc()).skip(2));
      for (Query query : queries) {
        assertThat(postgres.list(query)).as(ODataPrinter.queryString(query)).isEqualTo(sqlite.list(query));
      }
    }
  }
}
