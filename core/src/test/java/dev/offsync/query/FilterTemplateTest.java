package dev.offsync.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterTemplateTest {

  private static final Map<String, ColumnType> COLUMNS = Map.of("id", ColumnType.STRING, "title",
      ColumnType.STRING, "complete", ColumnType.BOOLEAN, "dueDate", ColumnType.DATE, "priority", ColumnType.INT);

  private static FilterTemplate parse(String text, Map<String, ColumnType> parameters) {
    return FilterTemplate.parse(text, COLUMNS, parameters);
  }

  @Test
  void bindsValuesAsTypedLiterals() {
    FilterTemplate template = parse("complete eq false and dueDate le :day", Map.of("day", ColumnType.DATE));

    Filter filter = template.bind(Map.of("day", LocalDate.of(2026, 12, 2)));

    assertThat(template.parameterNames()).containsExactly("day");
    assertThat(ODataPrinter.filter(filter)).isEqualTo("((complete eq false) and (dueDate le cast(2026-12-02,Edm.Date)))");
  }

  @Test
  void aValueIsNeverText() {
    FilterTemplate template = parse("title eq :title", Map.of("title", ColumnType.STRING));

    Filter filter = template.bind(Map.of("title", "x' or true or title eq 'y"));

    assertThat(filter).isEqualTo(new Comparison(ComparisonOperator.EQ, new ColumnRef("title", ColumnType.STRING),
        Literal.of(ColumnType.STRING, "x' or true or title eq 'y")));
  }

  @Test
  void parametersWorkInFunctionsArithmeticAndNullChecks() {
    FilterTemplate template = parse("startswith(title, :prefix) and priority add :bonus gt 3 and title ne :none",
        Map.of("prefix", ColumnType.STRING, "bonus", ColumnType.INT, "none", ColumnType.STRING));
    Map<String, Object> values = new HashMap<>();
    values.put("prefix", "a");
    values.put("bonus", 2);
    values.put("none", null);

    assertThat(ODataPrinter.filter(template.bind(values)))
        .isEqualTo("((startswith(title,'a') and ((priority add 2) gt 3)) and (title ne null))");
  }

  @Test
  void colonsInsideStringsAndTimesAreNotParameters() {
    FilterTemplate template = parse("title eq 'a :b' and dueDate lt 2026-12-02", Map.of());

    assertThat(template.parameterNames()).isEmpty();
    assertThat(ODataPrinter.filter(template.bind(Map.of()))).contains("'a :b'");
  }

  @Test
  void anUnknownParameterIsReportedAtItsColon() {
    assertThatThrownBy(() -> parse("complete eq :done", Map.of("day", ColumnType.DATE)))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> {
          assertThat(e.reason()).isEqualTo("Unknown parameter :done");
          assertThat(e.position()).isEqualTo(12);
        });
  }

  @Test
  void aParameterOfTheWrongTypeIsReportedWithItsNameAndPosition() {
    assertThatThrownBy(() -> parse("title eq :a and dueDate le :day", Map.of("a", ColumnType.STRING, "day",
        ColumnType.STRING)))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> {
          assertThat(e.reason()).contains("date").contains("string");
          assertThat(e.position()).isBetween(16, 31);
        });
  }

  @Test
  void syntaxErrorsKeepTheirPositionInTheOriginalText() {
    assertThatThrownBy(() -> parse("title eq :a and and", Map.of("a", ColumnType.STRING)))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> assertThat(e.position()).isEqualTo(16));
    assertThatThrownBy(() -> parse("titel eq :a", Map.of("a", ColumnType.STRING)))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> assertThat(e.position()).isZero());
  }

  @Test
  void bindingWithoutAValueFails() {
    FilterTemplate template = parse("title eq :a", Map.of("a", ColumnType.STRING));

    assertThatThrownBy(() -> template.bind(Map.of())).hasMessageContaining(":a");
  }

  @Test
  void aCollectionParameterIsTheWholeListOfAnIn() {
    FilterTemplate template = FilterTemplate.parse("complete eq false and priority in ( :levels )", COLUMNS,
        Map.of("levels", ColumnType.INT), Set.of("levels"));

    assertThat(template.parameterNames()).containsExactly("levels");
    assertThat(ODataPrinter.filter(template.bind(Map.of("levels", List.of(1, 3)))))
        .isEqualTo("((complete eq false) and priority in (1,3))");
    assertThat(ODataPrinter.filter(template.bind(Map.of("levels", new int[] {2}))))
        .isEqualTo("((complete eq false) and priority in (2))");
  }

  @Test
  void anEmptyCollectionMatchesNothing() {
    FilterTemplate template = FilterTemplate.parse("not (id in (:ids))", COLUMNS, Map.of("ids", ColumnType.STRING),
        Set.of("ids"));

    Filter filter = template.bind(Map.of("ids", List.of()));

    assertThat(filter).isEqualTo(new Not<>(new Comparison<>(ComparisonOperator.EQ,
        Literal.of(ColumnType.BOOLEAN, true), Literal.of(ColumnType.BOOLEAN, false))));
  }

  @Test
  void aCollectionOfTheWrongTypeOrOutsideAnInIsReportedAtItsColon() {
    assertThatThrownBy(() -> FilterTemplate.parse("dueDate in (:ids)", COLUMNS, Map.of("ids", ColumnType.STRING),
        Set.of("ids")))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> {
          assertThat(e.reason()).contains("date").contains("string").contains(":ids");
          assertThat(e.position()).isBetween(0, 16);
        });
    assertThatThrownBy(() -> FilterTemplate.parse("title eq :ids", COLUMNS, Map.of("ids", ColumnType.STRING),
        Set.of("ids")))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> {
          assertThat(e.reason()).contains("alone in an 'in' list");
          assertThat(e.position()).isEqualTo(9);
        });
    assertThatThrownBy(() -> FilterTemplate.parse("id in (:ids, 'x')", COLUMNS, Map.of("ids", ColumnType.STRING),
        Set.of("ids")))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> assertThat(e.position()).isEqualTo(7));
  }

  @Test
  void aCollectionValueHoldingNullOrNotACollectionFails() {
    FilterTemplate template = FilterTemplate.parse("id in (:ids)", COLUMNS, Map.of("ids", ColumnType.STRING),
        Set.of("ids"));

    assertThatThrownBy(() -> template.bind(Map.of("ids", Arrays.asList("a", null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":ids");
    assertThatThrownBy(() -> template.bind(Map.of("ids", "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Collection or an array");
  }

  @Test
  void aSyntaxErrorAfterACollectionKeepsItsPosition() {
    assertThatThrownBy(() -> FilterTemplate.parse("id in (:ids) and and", COLUMNS,
        Map.of("ids", ColumnType.STRING), Set.of("ids")))
        .isInstanceOfSatisfying(ODataSyntaxException.class, e -> assertThat(e.position()).isEqualTo(17));
  }
}
