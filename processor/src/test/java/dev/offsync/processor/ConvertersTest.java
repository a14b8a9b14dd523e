package dev.offsync.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.JavaFileObjects;
import dev.offsync.query.ConvertedField;
import dev.offsync.query.Filter;
import dev.offsync.query.SqlFragment;
import dev.offsync.query.SqlPrinter;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Convert} fields go through their converter in the JSON codec, the row codec and typed filters: a
 * {@code List<String>} stored as JSON text and a money type stored as a decimal, on a real SQLite file.
 */
class ConvertersTest {

  private static CompiledModels models;
  private static TableDefinition<Object> carts;

  @TempDir
  Path dir;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    models = new CompiledModels(TestCompiler.compile(
        JavaFileObjects.forSourceLines("k.Money",
            "package k;",
            "public record Money(long cents) {}"),
        JavaFileObjects.forSourceLines("k.MoneyConverter",
            "package k;",
            "import java.math.BigDecimal;",
            "public class MoneyConverter implements dev.offsync.schema.ColumnConverter<Money, BigDecimal> {",
            "  @Override public BigDecimal toColumn(Money value) { return BigDecimal.valueOf(value.cents(), 2); }",
            "  @Override public Money fromColumn(BigDecimal value) {",
            "    return new Money(value.movePointRight(2).longValueExact());",
            "  }",
            "}"),
        JavaFileObjects.forSourceLines("k.TagsConverter",
            "package k;",
            "import com.fasterxml.jackson.core.*;",
            "import java.io.*;",
            "import java.util.*;",
            "/** A list of strings as JSON array text, with Jackson's streaming API. */",
            "public class TagsConverter implements dev.offsync.schema.ColumnConverter<List<String>, String> {",
            "  private static final JsonFactory JSON = new JsonFactory();",
            "  @Override public String toColumn(List<String> value) {",
            "    StringWriter text = new StringWriter();",
            "    try (JsonGenerator out = JSON.createGenerator(text)) {",
            "      out.writeStartArray();",
            "      for (String tag : value) out.writeString(tag);",
            "      out.writeEndArray();",
            "    } catch (IOException e) { throw new UncheckedIOException(e); }",
            "    return text.toString();",
            "  }",
            "  @Override public List<String> fromColumn(String value) {",
            "    List<String> tags = new ArrayList<>();",
            "    try (JsonParser in = JSON.createParser(value)) {",
            "      in.nextToken();",
            "      while (in.nextToken() == JsonToken.VALUE_STRING) tags.add(in.getText());",
            "    } catch (IOException e) { throw new UncheckedIOException(e); }",
            "    return List.copyOf(tags);",
            "  }",
            "}"),
        JavaFileObjects.forSourceLines("k.Cart",
            "package k;",
            "import dev.offsync.annotations.*;",
            "import java.util.List;",
            "@SyncTable(\"carts\")",
            "public record Cart(@Id String id, @Convert(TagsConverter.class) List<String> tags,",
            "    @Convert(MoneyConverter.class) Money total) {}")));
    carts = models.definition("k.CartTable");
  }

  @Test
  void columnsHaveTheConvertersColumnTypes() {
    assertThat(carts.columns()).containsExactly(ColumnDefinition.of("tags", ColumnType.STRING),
        ColumnDefinition.of("total", ColumnType.DECIMAL));
  }

  @Test
  void jsonCarriesTheColumnFormAndReadsBackTheApplicationValue() throws Exception {
    Object cart = cart("c1", List.of("home", "gift"), 1999);
    String json = json(cart);
    assertThat(json).isEqualTo("{\"id\":\"c1\",\"tags\":\"[\\\"home\\\",\\\"gift\\\"]\",\"total\":19.99}");
    try (JsonParser in = new JsonFactory().createParser(json)) {
      in.nextToken();
      assertThat(carts.readJson(in).entity()).isEqualTo(cart);
    }
    Object empty = cart("c2", null, 0);
    assertThat(json(empty)).isEqualTo("{\"id\":\"c2\",\"tags\":null,\"total\":0.00}");
  }

  @Test
  void rowsStoreTheColumnFormAndATypedFilterMatchesThroughARealQuery() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("carts.db"))) {
      SqliteTables.create(db, carts);
      SqliteTables.insert(db, carts, cart("c1", List.of("home", "gift"), 1999), SystemProperties.local("c1"));
      SqliteTables.insert(db, carts, cart("c2", List.of("work"), 500), SystemProperties.local("c2"));
      SqliteTables.insert(db, carts, cart("c3", null, 500), SystemProperties.local("c3"));
      assertThat(SqliteTables.select(db, carts, "c1").entity()).isEqualTo(cart("c1", List.of("home", "gift"), 1999));
      assertThat(SqliteTables.select(db, carts, "c3").entity()).isEqualTo(cart("c3", null, 500));

      assertThat(ids(db, field("TAGS").eq(List.of("work")))).containsExactly("c2");
      assertThat(ids(db, field("TOTAL").in(money(500)))).containsExactly("c2", "c3");
      assertThat(ids(db, field("TAGS").isNull())).containsExactly("c3");
      assertThat(ids(db, field("TOTAL").ne(money(1999)))).containsExactly("c2", "c3");
    }
  }

  @SuppressWarnings("unchecked")
  private static ConvertedField<Object, Object, Object> field(String name) throws ReflectiveOperationException {
    return (ConvertedField<Object, Object, Object>) models.loadClass("k.CartTable").getField(name).get(null);
  }

  private static List<String> ids(Connection db, Filter<?> filter) throws Exception {
    SqlFragment where = SqlPrinter.sqlite().where(filter);
    List<String> ids = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(
        "SELECT \"id\" FROM \"carts\" WHERE " + where.sql() + " ORDER BY \"id\"")) {
      for (int i = 0; i < where.parameters().size(); i++) {
        query.setObject(i + 1, where.parameters().get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }

  private static Object cart(String id, List<String> tags, long cents) throws ReflectiveOperationException {
    return models.loadClass("k.Cart").getConstructors()[0].newInstance(id, tags, money(cents));
  }

  private static Object money(long cents) throws ReflectiveOperationException {
    return models.loadClass("k.Money").getConstructor(long.class).newInstance(cents);
  }

  private static String json(Object cart) throws Exception {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
      carts.writeJson(cart, out);
    }
    return text.toString();
  }
}
