package dev.offsync.sample.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columnsArePaddedToTheirWidestCellAndLinesHaveNoTrailingSpaces() {
    TextTable table = TextTable.of("id", "title", "due")
        .row("a1", "Buy milk", null)
        .row("b22", "Go", "2025-01-02");

    assertThat(table.lines()).containsExactly(
        "id   title     due",
        "a1   Buy milk",
        "b22  Go        2025-01-02");
  }

  @Test
  void printIndentsEveryLine() {
    StringWriter text = new StringWriter();
    TextTable.of("a", "b").row(1, true).print(new PrintWriter(text), "  ");

    assertThat(text.toString().lines()).containsExactly("  a  b", "  1  true");
  }

  @Test
  void aRowMustHaveOneCellPerColumn() {
    TextTable table = TextTable.of("a", "b");

    assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells for 2 columns");
    assertThat(table.isEmpty()).isTrue();
  }
}
