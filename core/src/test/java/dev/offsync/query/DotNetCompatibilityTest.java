package dev.offsync.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.ColumnType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Filters in the form the .NET Datasync clients send for their movie test model parse, print back unchanged
 * (bare boolean fields aside) and run as SQLite SQL.
 */
class DotNetCompatibilityTest {

  private static final Map<String, ColumnType> MOVIE = movie();
  private static final ODataParser PARSER = ODataParser.forColumns(MOVIE);

  private static final List<String> PRINTED_BACK_UNCHANGED = List.of(
      "(bestPictureWinner eq true)",
      "(bestPictureWinner ne false)",
      "not((bestPictureWinner eq false))",
      "(duration lt 100)",
      "not((duration ge 90))",
      "(releaseDate gt cast(1999-12-31T00:00:00.000Z,Edm.DateTimeOffset))",
      "(title ne 'The Godfather')",
      "(rating eq null)",
      "((year ge 1930) and (year le 1939))",
      "(((year ge 1930) and (year le 1940)) or ((year ge 1950) and (year le 1960)))",
      "((year sub 1900) lt duration)",
      "((year div 1000.5) eq 2.0)",
      "((duration mod 2) eq 1)",
      "((((year sub 1900) ge 80) and ((year add 10) le 2000)) and (duration le 120))",
      "(month(releaseDate) eq 11)",
      "(year(releaseDate) ne year)",
      "endswith(tolower(title),'er')",
      "startswith(toupper(rating),'PG')",
      "(indexof(rating,'-') gt 0)",
      "contains(rating,'PG')",
      "(substring(rating,0,2) eq 'PG')",
      "(length(trim(title)) gt 10)",
      "(concat(title,rating) eq 'Fight ClubR')",
      "(round((duration div 60.0)) eq 2.0)",
      "(ceiling((duration div 60.0)) eq 2.0)",
      "(year lt 1990.5f)",
      "rating in ('PG','PG-13')",
      "((updatedAt gt cast(2024-08-23T20:22:54.291Z,Edm.DateTimeOffset)) and (deleted eq false))");

  private static final List<String> BARE_BOOLEANS = List.of(
      "bestPictureWinner",
      "not(bestPictureWinner)",
      "((year gt 2000) or not(bestPictureWinner))",
      "(not(bestPictureWinner) and (floor((duration div 60.0)) eq 2.0))");

  @Test
  void clientFiltersPrintBackUnchangedAndRunOnSqlite() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      createMovies(connection);
      for (String text : PRINTED_BACK_UNCHANGED) {
        Filter<Object> filter = PARSER.parseFilter(text);
        assertThat(ODataPrinter.filter(filter)).isEqualTo(text);
        run(connection, filter);
      }
      for (String text : BARE_BOOLEANS) {
        Filter<Object> filter = PARSER.parseFilter(text);
        assertThat(ODataPrinter.filter(filter)).contains("(bestPictureWinner eq true)");
        run(connection, filter);
      }
    }
  }

  @Test
  void clientOrderingsAndSelectionsParse() {
    assertThat(PARSER.parseOrderBy("rating desc,title desc")).containsExactly(
        new Ordering<>("rating", ColumnType.STRING, true), new Ordering<>("title", ColumnType.STRING, true));
    assertThat(PARSER.parseOrderBy("bestPictureWinner")).containsExactly(
        new Ordering<>("bestPictureWinner", ColumnType.BOOLEAN, false));
    assertThat(PARSER.parseSelect("id,title,updatedAt")).containsExactly("id", "title", "updatedAt");
  }

  private static void createMovies(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE \"movies\" (\"id\" TEXT PRIMARY KEY, \"updatedAt\" INTEGER, \"version\" TEXT,"
          + " \"deleted\" INTEGER, \"bestPictureWinner\" INTEGER, \"duration\" INTEGER, \"rating\" TEXT,"
          + " \"releaseDate\" INTEGER, \"title\" TEXT, \"year\" INTEGER)");
      statement.execute("INSERT INTO \"movies\" VALUES ('id-001', 0, 'v', 0, 1, 142, 'R', 780969600000,"
          + " 'The Shawshank Redemption', 1994)");
    }
  }

  private static void run(Connection connection, Filter filter) throws SQLException {
    SqlFragment where = SqlPrinter.sqlite().where(filter);
    try (PreparedStatement query = connection.prepareStatement("SELECT \"id\" FROM \"movies\" WHERE "
        + where.sql())) {
      for (int i = 0; i < where.parameters().size(); i++) {
        query.setObject(i + 1, where.parameters().get(i));
      }
      query.executeQuery().close();
    }
  }

  private static Map<String, ColumnType> movie() {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    columns.put("id", ColumnType.STRING);
    columns.put("updatedAt", ColumnType.DATETIME);
    columns.put("version", ColumnType.STRING);
    columns.put("deleted", ColumnType.BOOLEAN);
    columns.put("bestPictureWinner", ColumnType.BOOLEAN);
    columns.put("duration", ColumnType.INT);
    columns.put("rating", ColumnType.STRING);
    columns.put("releaseDate", ColumnType.DATETIME);
    columns.put("title", ColumnType.STRING);
    columns.put("year", ColumnType.INT);
    return columns;
  }
}
