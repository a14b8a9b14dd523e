package dev.offsync.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaHashTest {

  @Test
  void hashIsLowercaseHexOfTheCanonicalText() {
    List<ColumnDefinition> columns = List.of(new ColumnDefinition("title", ColumnType.STRING, true, false, false));
    assertThat(SchemaHash.canonicalText("todoitems", columns))
        .isEqualTo("offsync-schema 1\ntable todoitems\ncolumn title string nullable=true localOnly=false"
            + " indexed=false\n");
    assertThat(SchemaHash.of("todoitems", columns)).matches("[0-9a-f]{64}");
  }

  @Test
  void anyChangeOfAColumnChangesTheHash() {
    String base = SchemaHash.of("t", List.of(new ColumnDefinition("a", ColumnType.INT, false, false, false)));
    assertThat(SchemaHash.of("t", List.of(new ColumnDefinition("a", ColumnType.LONG, false, false, false))))
        .isNotEqualTo(base);
    assertThat(SchemaHash.of("t", List.of(new ColumnDefinition("a", ColumnType.INT, true, false, false))))
        .isNotEqualTo(base);
    assertThat(SchemaHash.of("t", List.of(new ColumnDefinition("a", ColumnType.INT, false, false, true))))
        .isNotEqualTo(base);
    assertThat(SchemaHash.of("u", List.of(new ColumnDefinition("a", ColumnType.INT, false, false, false))))
        .isNotEqualTo(base);
  }
}
