package dev.offsync.query;

import static dev.offsync.query.Todo.NOTE;
import static dev.offsync.query.Todo.PRICE;
import static dev.offsync.query.Todo.RATING;
import static dev.offsync.query.Todo.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters run as SQL on a real SQLite file select exactly the rows the in-memory evaluator selects. */
class SqliteSemanticsTest {

  private static final long FIXED_SEED = 20240823L;
  private static final int FILTERS = 1500;

  @TempDir
  Path directory;

  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("todo.db"));
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void randomFiltersSelectWhatTheEvaluatorSelects() throws SQLException {
    long seed = RandomFilters.seed(FIXED_SEED);
    RandomFilters random = new RandomFilters(new Random(seed), RandomFilters.STRINGS);
    List<Map<String, Object>> rows = random.rows(80);
    SqlTable table = new SqlTable(connection, false, "todoitems");
    table.create(rows);
    for (int i = 0; i < FILTERS; i++) {
      Filter<Todo> filter = random.filter(3);
      check(table, rows, filter, "seed " + seed + ", filter #" + i);
    }
  }

  @Test
  void handPickedEdgeCasesMatchHandComputedRows() throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(row("r1", "100%", null, 5, "1.50"));
    rows.add(row("r2", "100 percent", "a_b", null, "10"));
    rows.add(row("r3", "it's", "axb", 7, "9.5"));
    rows.add(row("r4", null, "日本😀", 0, null));
    rows.add(row("r5", "ABC", "abc", -3, "2"));
    SqlTable table = new SqlTable(connection, false, "todoitems");
    table.create(rows);

    assertThat(table.select(TITLE.contains("%"))).containsExactly("r1");
    assertThat(table.select(NOTE.contains("_"))).containsExactly("r2");
    assertThat(table.select(NOTE.startsWith("a_"))).containsExactly("r2");
    assertThat(table.select(TITLE.eq("it's"))).containsExactly("r3");
    assertThat(table.select(TITLE.eq("abc"))).isEmpty();
    assertThat(table.select(TITLE.toLower().eq("abc"))).containsExactly("r5");
    assertThat(table.select(TITLE.ne("ABC"))).containsExactly("r1", "r2", "r3", "r4");
    assertThat(table.select(TITLE.isNull())).containsExactly("r4");
    assertThat(table.select(RATING.gt(0))).containsExactly("r1", "r3");
    assertThat(table.select(RATING.gt(0).not())).containsExactly("r2", "r4", "r5");
    assertThat(table.select(RATING.gt((Integer) null))).isEmpty();
    assertThat(table.select(RATING.gt((Integer) null).not())).hasSize(5);
    assertThat(table.select(NOTE.length().eq(3))).containsExactly("r2", "r3", "r4", "r5");
    assertThat(table.select(NOTE.endsWith("😀"))).containsExactly("r4");
    assertThat(table.select(PRICE.gt(new BigDecimal("9")))).containsExactly("r2", "r3");
    assertThat(table.select(PRICE.eq(new BigDecimal("1.5")))).containsExactly("r1");
    assertThat(table.select(PRICE.mul(2).eq(3))).containsExactly("r1");
    assertThat(table.select(RATING.div(2).eq(-1))).containsExactly("r5");
    assertThat(table.select(RATING.mod(2).eq(-1))).containsExactly("r5");
    assertThat(table.select(RATING.div(0).isNull())).hasSize(5);
    assertThat(table.select(PRICE.floor().eq(9))).containsExactly("r3");
    assertThat(table.select(PRICE.ceiling().eq(2))).containsExactly("r1", "r5");
    assertThat(table.select(PRICE.mul(-1).floor().eq(-10))).containsExactly("r2", "r3");
    assertThat(table.select(PRICE.mul(-1).ceiling().eq(-9))).containsExactly("r3");
    assertThat(table.select(PRICE.floor().div(2).eq(new BigDecimal("4.5")))).containsExactly("r3");
    assertThat(table.select(RATING.ceiling().eq(-3))).containsExactly("r5");
    for (Filter filter : List.of(TITLE.contains("%"), NOTE.startsWith("a_"), RATING.gt(0).not())) {
      check(table, rows, filter, "hand-picked");
    }
  }

  private static Map<String, Object> row(String id, String title, String note, Integer rating, String price) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", id);
    row.put("title", title);
    row.put("note", note);
    row.put("rating", rating);
    row.put("price", price == null ? null : new BigDecimal(price));
    return row;
  }

  static void check(SqlTable table, List<Map<String, Object>> rows, Filter filter, String context)
      throws SQLException {
    TreeSet<String> expected = SqlTable.expected(filter, rows);
    TreeSet<String> actual;
    SqlFragment sql = table.printer().where(filter);
    try {
      actual = table.select(sql);
    } catch (SQLException e) {
      throw new AssertionError(context + ": " + ODataPrinter.filter(filter) + "\nSQL: " + sql.sql(), e);
    }
    if (!expected.equals(actual)) {
      fail(context + ": " + ODataPrinter.filter(filter) + "\nSQL: " + sql.sql() + "\nparameters: "
          + sql.parameters() + "\nexpected " + expected + "\nbut SQL selected " + actual);
    }
  }
}
