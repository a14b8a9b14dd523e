package dev.offsync.query;

import static dev.offsync.query.Todo.COMPLETE;
import static dev.offsync.query.Todo.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The immutable query value and its withers. */
class QueryTest {

  @Test
  void withersReturnNewQueriesAndLeaveTheOriginal() {
    Query base = Query.where(COMPLETE.isFalse());
    Query paged = base.orderBy(TITLE.asc()).skip(10).top(5).select(TITLE, Todo.ID).includeDeleted(true)
        .includeCount(true).parameter("x", "1");
    assertThat(base.orderBy()).isEmpty();
    assertThat(paged.filter()).contains(COMPLETE.isFalse());
    assertThat(paged.orderBy()).containsExactly(TITLE.asc());
    assertThat(paged.skip()).isEqualTo(10);
    assertThat(paged.top()).isEqualTo(OptionalInt.of(5));
    assertThat(paged.select()).containsExactly("title", "id");
    assertThat(paged.includeDeleted()).isTrue();
    assertThat(paged.includeCount()).isTrue();
    assertThat(paged.parameters()).isEqualTo(Map.of("x", "1"));
    assertThat(paged.withoutTop().top()).isEmpty();
    assertThat(paged.withFilter(null).filter()).isEmpty();
  }

  @Test
  void equalQueriesAreEqual() {
    assertThat(Query.where(TITLE.eq("a")).top(3)).isEqualTo(Query.where(TITLE.eq("a")).top(3))
        .hasSameHashCodeAs(Query.where(TITLE.eq("a")).top(3));
    assertThat(Query.all()).isEqualTo(Query.all().orderBy(List.of()));
  }

  @Test
  void negativePagingIsRejected() {
    assertThatThrownBy(() -> Query.all().skip(-1)).hasMessageContaining("skip must not be negative");
    assertThatThrownBy(() -> Query.all().top(-1)).hasMessageContaining("top must not be negative");
  }
}
