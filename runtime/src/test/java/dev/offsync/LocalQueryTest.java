package dev.offsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.offsync.query.Fields;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.io.IOException;
import dev.offsync.query.Filter;
import dev.offsync.query.ODataParser;
import dev.offsync.schema.ColumnType;
import java.util.Map;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed filters and orderings on the local store, through the query language's SQLite printer. */
class LocalQueryTest {

  @TempDir
  Path folder;

  private SyncClient client;
  private OfflineTable<Todo> todos;

  @BeforeEach
  void open() {
    client = TestClients.open(folder.resolve("store.db"), TodoTable.DEFINITION);
    todos = client.table(TodoTable.DEFINITION);
    todos.insert(new Todo("a", "Milk", false, 2, "fridge", null, null));
    todos.insert(new Todo("b", "Bread", true, 1, null, null, null));
    todos.insert(new Todo("c", "50% off", false, 2, null, null, null));
    todos.insert(new Todo("d", null, true, 3, null, null, null));
    todos.insert(new Todo("e", "500 offers", false, 0, "fridge", null, null));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void whereSelectsMatchingItemsAndCountsThem() {
    LocalQuery<Todo> open = todos.query().where(TodoTable.COMPLETE.isFalse());

    assertThat(ids(open.list())).containsExactly("a", "c", "e");
    assertThat(open.count()).isEqualTo(3);
    assertThat(open.first()).map(Todo::id).contains("a");
    assertThat(ids(todos.query().where(TodoTable.TITLE.isNull()).list())).containsExactly("d");
    assertThat(ids(todos.query().where(TodoTable.PRIORITY.in(1, 3)).list())).containsExactly("b", "d");
  }

  @Test
  void successiveWheresMustAllHold() {
    LocalQuery<Todo> query = todos.query()
        .where(TodoTable.COMPLETE.isFalse())
        .where(TodoTable.PRIORITY.ge(2));

    assertThat(ids(query.list())).containsExactly("a", "c");
  }

  @Test
  void stringMatchesTreatWildcardsLiterally() {
    assertThat(ids(todos.query().where(TodoTable.TITLE.contains("0%")).list())).containsExactly("c");
    assertThat(ids(todos.query().where(TodoTable.TITLE.startsWith("50")).list())).containsExactly("c", "e");
    assertThat(ids(todos.query().where(TodoTable.TITLE.eq("milk")).list())).isEmpty();
    assertThat(ids(todos.query().where(TodoTable.TITLE.toLower().eq("milk")).list())).containsExactly("a");
  }

  @Test
  void localOnlyAndSystemColumnsCanBeQueriedLocally() {
    TestClients.pulled(client, TodoTable.DEFINITION, Todo.of("f", "Pulled"), Instant.parse(
        "2024-01-01T00:00:00.000Z"), "v7");

    assertThat(ids(todos.query().where(TodoTable.NOTE.eq("fridge")).list())).containsExactly("a", "e");
    assertThat(ids(todos.query().where(TodoTable.VERSION.eq("v7")).list())).containsExactly("f");
    assertThat(ids(todos.query().where(TodoTable.UPDATED_AT.gt(Instant.parse("2023-12-31T23:59:59.999Z")))
        .list())).containsExactly("f");
    assertThat(ids(todos.query().where(TodoTable.UPDATED_AT.isNull()).list())).hasSize(5);
  }

  @Test
  void orderingsComeFirstAndIdsBreakTies() {
    assertThat(ids(todos.query().orderBy(TodoTable.PRIORITY.desc()).list()))
        .containsExactly("d", "a", "c", "b", "e");
    assertThat(ids(todos.query().orderBy(TodoTable.PRIORITY.asc(), TodoTable.TITLE.desc()).list()))
        .containsExactly("e", "b", "a", "c", "d");
    assertThat(ids(todos.query().orderBy(TodoTable.TITLE.asc()).list()))
        .as("nulls first in ascending order, strings by code point").containsExactly("d", "c", "e", "b", "a");
    assertThat(ids(todos.query().orderBy(TodoTable.PRIORITY.desc()).orderBy(TodoTable.ID.desc()).list()))
        .containsExactly("d", "c", "a", "b", "e");
  }

  @Test
  void pagingAppliesAfterFilterAndOrder() {
    LocalQuery<Todo> page = todos.query()
        .where(TodoTable.TITLE.isNotNull())
        .orderBy(TodoTable.TITLE.asc())
        .skip(1)
        .top(2);

    assertThat(ids(page.list())).containsExactly("e", "b");
    assertThat(page.count()).isEqualTo(2);
    try (Stream<Todo> items = page.stream()) {
      assertThat(ids(items.toList())).containsExactly("e", "b");
    }
  }

  @Test
  void filtersThatFitEveryTableRunOnThisTablesColumns() {
    Filter<Object> parsed = ODataParser.forColumns(Map.of("id", ColumnType.STRING, "title", ColumnType.STRING))
        .parseFilter("startswith(title,'50') or id eq 'a'");
    assertThat(ids(todos.query().where(parsed).orderBy(Fields.ID.desc()).list())).containsExactly("e", "c", "a");
    assertThat(ids(todos.query().where(Fields.ID.in("b", "d")).where(TodoTable.COMPLETE.isTrue()).list()))
        .containsExactly("b", "d");
  }

  @Test
  void filtersThatFitEveryTableAreCheckedAgainstThisTablesColumns() {
    // Types cannot check a Filter<Object>, and SQLite would read an unknown quoted column as a string.
    assertThatThrownBy(() -> todos.query().where(Fields.DELETED.isTrue()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hold no deleted items");
    Filter<Object> parsed = ODataParser.forColumns(Map.of("nope", ColumnType.INT)).parseFilter("nope eq 3");
    assertThatThrownBy(() -> todos.query().where(parsed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column 'nope' is not a column of table 'todoitems'");
    Filter<Object> mistyped = ODataParser.forColumns(Map.of("title", ColumnType.INT)).parseFilter("title eq 3");
    assertThatThrownBy(() -> todos.query().where(mistyped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column 'title' of table 'todoitems' holds string values, but the query uses it as"
            + " int");
    assertThatThrownBy(() -> todos.query().orderBy(Fields.DELETED.asc()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'deleted'");
  }

  @Test
  void aStreamReadsRowsOnlyAsTheyAreConsumed() {
    CountingDefinition counting = new CountingDefinition(TodoTable.DEFINITION);
    try (SyncClient own = TestClients.open(folder.resolve("counted.db"), counting)) {
      OfflineTable<Todo> counted = own.table(counting);
      for (int i = 0; i < 500; i++) {
        counted.insert(Todo.of(String.format("z%03d", i), "Bulk"));
      }
      int before = counting.rowsRead.get();

      try (Stream<Todo> items = counted.query().where(TodoTable.TITLE.eq("Bulk")).stream()) {
        Iterator<Todo> iterator = items.iterator();
        for (int i = 0; i < 3; i++) {
          iterator.next();
        }
        assertThat(counting.rowsRead.get() - before).isBetween(3, 4);
      }
      assertThat(counted.query().where(TodoTable.TITLE.eq("Bulk")).count()).isEqualTo(500);
    }
  }

  private static List<String> ids(List<Todo> items) {
    return items.stream().map(Todo::id).toList();
  }

  /** The generated definition, counting the rows it decodes. */
  private static final class CountingDefinition implements TableDefinition<Todo> {

    final AtomicInteger rowsRead = new AtomicInteger();
    private final TableDefinition<Todo> delegate;

    CountingDefinition(TableDefinition<Todo> delegate) {
      this.delegate = delegate;
    }

    @Override
    public Decoded<Todo> readRow(ResultSet row, int first) throws SQLException {
      rowsRead.incrementAndGet();
      return delegate.readRow(row, first);
    }

    @Override
    public String tableName() {
      return delegate.tableName();
    }

    @Override
    public Class<Todo> entityType() {
      return delegate.entityType();
    }

    @Override
    public List<ColumnDefinition> columns() {
      return delegate.columns();
    }

    @Override
    public String createTableSql() {
      return delegate.createTableSql();
    }

    @Override
    public List<String> createIndexSql() {
      return delegate.createIndexSql();
    }

    @Override
    public String schemaHash() {
      return delegate.schemaHash();
    }

    @Override
    public SystemProperties systemProperties(Todo entity) {
      return delegate.systemProperties(entity);
    }

    @Override
    public Todo withSystemProperties(Todo entity, SystemProperties system) {
      return delegate.withSystemProperties(entity, system);
    }

    @Override
    public void writeJson(Todo entity, JsonGenerator out) throws IOException {
      delegate.writeJson(entity, out);
    }

    @Override
    public Decoded<Todo> readJson(JsonParser in) throws IOException {
      return delegate.readJson(in);
    }

    @Override
    public void bindRow(Todo entity, SystemProperties system, PreparedStatement statement, int first)
        throws SQLException {
      delegate.bindRow(entity, system, statement, first);
    }
  }
}
