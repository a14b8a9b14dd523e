package dev.offsync.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.query.Fields;
import dev.offsync.query.Filter;
import dev.offsync.query.SqlFragment;
import dev.offsync.query.SqlPrinter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cursor's filter selects exactly the records after {@code (updatedAt, id)}, and in a form that a
 * database answers from an index on {@code (updatedAt, id)} page by page (the reference server's SQLite
 * schema), rather than by sorting every later record for each page.
 */
class PullCursorTest {

  private static final String TABLE = "CREATE TABLE t (id TEXT PRIMARY KEY, updatedAt INTEGER NOT NULL)";
  private static final String INDEX = "CREATE INDEX t_updatedAt_id ON t (updatedAt, id)";

  @Test
  void selectsWhatTheCompoundComparisonSelects() throws SQLException {
    String given = System.getenv("OFFSYNC_TEST_SEED");
    long seed = given == null ? 4L : Long.parseLong(given);
    Random random = new Random(seed);
    try (Connection db = database()) {
      for (int i = 0; i < 300; i++) {
        insert(db, "r" + random.nextInt(40), random.nextInt(20));
      }
      for (int round = 0; round < 200; round++) {
        Instant time = Instant.ofEpochMilli(random.nextInt(22) - 1);
        String id = "r" + random.nextInt(45);
        Filter compound = Fields.UPDATED_AT.gt(time).or(Fields.UPDATED_AT.eq(time).and(Fields.ID.gt(id)));

        assertThat(ids(db, new PullCursor(time, id).after())).as("seed %d, after (%s, %s)", seed, time, id)
            .isEqualTo(ids(db, compound));
      }
    }
  }

  @Test
  void aPageIsReadFromTheIndexWithoutSortingTheRest() throws SQLException {
    SqlFragment where = SqlPrinter.sqlite().where(new PullCursor(Instant.ofEpochMilli(5), "r7").after());
    try (Connection db = database();
        PreparedStatement plan = db.prepareStatement("EXPLAIN QUERY PLAN SELECT id FROM t WHERE " + where.sql()
            + " ORDER BY updatedAt, id LIMIT 101")) {
      bind(plan, where);
      List<String> steps = new ArrayList<>();
      try (ResultSet rows = plan.executeQuery()) {
        while (rows.next()) {
          steps.add(rows.getString(4));
        }
      }
      assertThat(steps).anyMatch(step -> step.contains("USING") && step.contains("INDEX t_updatedAt_id"))
          .noneMatch(step -> step.contains("TEMP B-TREE FOR ORDER BY"))
          .noneMatch(step -> step.contains("MULTI-INDEX OR"));
    }
  }

  private static Connection database() throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement statement = db.createStatement()) {
      statement.execute(TABLE);
      statement.execute(INDEX);
    }
    return db;
  }

  private static void insert(Connection db, String id, long updatedAt) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("INSERT OR REPLACE INTO t VALUES (?, ?)")) {
      insert.setString(1, id);
      insert.setLong(2, updatedAt);
      insert.executeUpdate();
    }
  }

  private static List<String> ids(Connection db, Filter<?> filter) throws SQLException {
    SqlFragment where = SqlPrinter.sqlite().where(filter);
    try (PreparedStatement query = db.prepareStatement("SELECT id FROM t WHERE " + where.sql()
        + " ORDER BY updatedAt, id")) {
      bind(query, where);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  private static void bind(PreparedStatement statement, SqlFragment fragment) throws SQLException {
    for (int i = 0; i < fragment.parameters().size(); i++) {
      statement.setObject(i + 1, fragment.parameters().get(i));
    }
  }
}
