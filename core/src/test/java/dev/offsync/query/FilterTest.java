package dev.offsync.query;

import static dev.offsync.query.Todo.COMPLETE;
import static dev.offsync.query.Todo.NOTE;
import static dev.offsync.query.Todo.PRIORITY;
import static dev.offsync.query.Todo.RATING;
import static dev.offsync.query.Todo.SCORE;
import static dev.offsync.query.Todo.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tree's value semantics and the typed API's checks. */
class FilterTest {

  @Test
  void equalFiltersAreEqualMapKeys() {
    Map<Filter, String> ids = new HashMap<>();
    ids.put(TITLE.startsWith("a").and(RATING.gt(3)), "open");
    assertThat(ids.get(new StringField("title").startsWith("a").and(new IntField("rating").gt(3))))
        .isEqualTo("open");
    assertThat(TITLE.eq("a")).isNotEqualTo(TITLE.eq("b"));
    assertThat(Todo.DATA.eq(new byte[] {1, 2})).isEqualTo(Todo.DATA.eq(new byte[] {1, 2}))
        .hasSameHashCodeAs(Todo.DATA.eq(new byte[] {1, 2}));
  }

  @Test
  void andOrChainsAreFlattened() {
    Filter<Todo> a = RATING.eq(1);
    Filter<Todo> b = RATING.eq(2);
    Filter<Todo> c = RATING.eq(3);
    assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c))).isEqualTo(new And<>(List.of(a, b, c)));
    assertThat(((Or<?>) a.or(b).or(c.and(a))).operands()).hasSize(3);
    assertThat(Filter.allOf(List.of(a))).isSameAs(a);
    assertThatThrownBy(() -> Filter.anyOf(List.of())).hasMessageContaining("at least two");
  }

  @Test
  void fieldsKeepTheirConstructorsNamesTypesAndEquality() {
    assertThat(new StringField("title")).isEqualTo(TITLE).hasSameHashCodeAs(TITLE).hasToString("title");
    assertThat(new StringField("title")).isNotEqualTo(new StringField("note"));
    assertThat(new EnumField<>("priority", Todo.Priority.class)).isEqualTo(PRIORITY);
    assertThat(new EnumField<>("priority", ColumnType.class)).isNotEqualTo(PRIORITY);
    assertThat(SCORE.name()).isEqualTo("score");
    assertThat(SCORE.type()).isEqualTo(ColumnType.FLOAT);
    assertThat(Fields.UPDATED_AT.type()).isEqualTo(ColumnType.DATETIME);
    assertThat(Fields.DELETED.name()).isEqualTo("deleted");
    assertThat(TITLE.asc()).isEqualTo(new Ordering<>("title", ColumnType.STRING, false));
    assertThat(Fields.UPDATED_AT.desc().descending()).isTrue();
  }

  @Test
  void expressionsPrintAsOData() {
    assertThat(TITLE.toLower().concat("x")).hasToString("concat(tolower(title),'x')");
    assertThat(RATING.add(1.5).div(2L)).hasToString("((rating add 1.5) div 2L)");
  }

  @Test
  void badValuesAreRejectedWhenBuilt() {
    assertThatThrownBy(() -> TITLE.in()).hasMessageContaining("at least one value");
    assertThatThrownBy(() -> TITLE.in("a", null)).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> TITLE.substring(-1)).hasMessageContaining("non-negative int literal");
    assertThatThrownBy(() -> RATING.eq(Double.NaN)).hasMessageContaining("finite");
    assertThatThrownBy(() -> RATING.eq(new java.util.concurrent.atomic.AtomicInteger(1)))
        .hasMessageContaining("Unsupported number class");
    assertThatThrownBy(() -> TITLE.startsWith((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Comparison<>(ComparisonOperator.GT, COMPLETE.operand(), Literal.of(
        ColumnType.BOOLEAN, true))).hasMessageContaining("'gt' does not apply to boolean");
    assertThatThrownBy(() -> new Comparison<>(ComparisonOperator.EQ, TITLE.operand(), Literal.ofNumber(1)))
        .hasMessageContaining("Cannot compare a string with an int");
    assertThatThrownBy(() -> Literal.of(ColumnType.DATETIME, "2024")).hasMessageContaining("holds a Instant");
  }

  @Test
  void literalsAreNormalized() {
    assertThat(Literal.of(ColumnType.DATETIME, Instant.parse("2024-01-01T00:00:00.123456Z")).value())
        .isEqualTo(Instant.parse("2024-01-01T00:00:00.123Z"));
    assertThat(Literal.of(ColumnType.INT, (short) 3)).isEqualTo(Literal.ofNumber(3));
    assertThat(Literal.of(ColumnType.ENUM, Todo.Priority.LOW).value()).isEqualTo("LOW");
    assertThat(Literal.ofNumber(java.math.BigInteger.TEN).type()).isEqualTo(ColumnType.DECIMAL);
  }

  @Test
  void nullTestsAndNullArgumentsMeanTheSame() {
    assertThat(NOTE.eq((String) null)).isEqualTo(NOTE.isNull());
    assertThat(NOTE.ne((String) null)).isEqualTo(NOTE.isNotNull());
  }
}
