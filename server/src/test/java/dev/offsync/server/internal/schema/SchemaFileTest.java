package dev.offsync.server.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offsync.schema.ColumnType;
import dev.offsync.server.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFileTest {

  @TempDir
  Path temp;

  private List<TableSchema> read(String json) throws Exception {
    return SchemaFile.read(Files.writeString(temp.resolve("tables.json"), json));
  }

  @Test
  void readsTheIssueExample() throws Exception {
    List<TableSchema> tables = read("""
        {"tables":[{"name":"movies","columns":{"title":"string","year":"int","releaseDate":"date",
        "bestPictureWinner":"boolean"},"softDelete":false,"pageSize":100,"ownerColumn":null}]}""");
    TableSchema movies = tables.get(0);
    assertThat(movies.name()).isEqualTo("movies");
    assertThat(movies.columns()).extracting(c -> c.name() + ":" + c.type())
        .containsExactly("title:STRING", "year:INT", "releaseDate:DATE", "bestPictureWinner:BOOLEAN");
    assertThat(movies.softDelete()).isFalse();
    assertThat(movies.pageSize()).isEqualTo(100);
    assertThat(movies.ownerColumn()).isNull();
  }

  @Test
  void acceptsEveryDocumentedTypeAndDefaultsTheOptions() throws Exception {
    TableSchema table = read("""
        {"tables":[{"name":"all_types","columns":{"a":"string","b":"int","c":"long","d":"double","e":"decimal",
        "f":"boolean","g":"date","h":"time","i":"datetime","j":"uuid","k":"bytes"},"ownerColumn":"a"}]}""")
        .get(0);
    assertThat(table.columns()).extracting(c -> c.type()).containsExactly(ColumnType.STRING, ColumnType.INT,
        ColumnType.LONG, ColumnType.DOUBLE, ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE,
        ColumnType.TIME, ColumnType.DATETIME, ColumnType.UUID, ColumnType.BYTES);
    assertThat(table.softDelete()).isFalse();
    assertThat(table.pageSize()).isZero();
    assertThat(table.ownerColumn()).isEqualTo("a");
  }

  @Test
  void errorsNameTheTableAndTheColumn() {
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"movies\",\"columns\":{\"year\":\"integer\"}}]}"))
        .hasMessageContaining("table 'movies'").hasMessageContaining("column 'year'")
        .hasMessageContaining("Unknown column type 'integer'");
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"movies\",\"columns\":{\"id\":\"string\"}}]}"))
        .hasMessageContaining("table 'movies'").hasMessageContaining("column 'id'")
        .hasMessageContaining("system column");
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"movies\",\"columns\":{\"1x\":\"string\"}}]}"))
        .hasMessageContaining("column '1x'");
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"movies\",\"columns\":{\"year\":5}}]}"))
        .hasMessageContaining("column 'year'");
  }

  @Test
  void errorsInTableOptions() {
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"Movies\",\"columns\":{}}]}"))
        .hasMessageContaining("Invalid table name 'Movies'");
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"m\",\"columns\":{},\"softdelete\":true}]}"))
        .hasMessageContaining("table 'm'").hasMessageContaining("unknown property 'softdelete'");
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"m\",\"columns\":{\"x\":\"int\"},\"ownerColumn\":\"x\"}]}"))
        .hasMessageContaining("owner column 'x'");
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"m\",\"columns\":{},\"pageSize\":0}]}"))
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> read("{\"tables\":[]}")).hasMessageContaining("empty");
    assertThatThrownBy(() -> read("{\"tables\":[{\"name\":\"m\",\"columns\":{\"a\":\"int\",\"A\":\"int\"}}]}"))
        .hasMessageContaining("declared twice");
  }

  @Test
  void notJsonIsAClearError() {
    assertThatThrownBy(() -> read("{tables: nope")).hasMessageContaining("is not valid JSON");
    assertThatThrownBy(() -> SchemaFile.read(temp.resolve("missing.json"))).hasMessageContaining("cannot be read");
  }
}
