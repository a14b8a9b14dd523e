package dev.offsync.processor;

import static dev.offsync.processor.SqliteTables.create;
import static dev.offsync.processor.SqliteTables.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.testing.compile.JavaFileObjects;
import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SchemaHash;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles real models with the processor and runs the generated definitions: JSON, SQLite DDL, JDBC rows,
 * system properties, schema hash and schema resource.
 */
class GeneratedDefinitionTest {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Instant UPDATED = Instant.parse("2023-12-20T10:21:05.421Z");

  private static CompiledModels models;
  private static TableDefinition<Object> everything;
  private static TableDefinition<Object> bean;
  private static TableDefinition<Object> fields;

  @TempDir
  Path dir;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    models = new CompiledModels(TestCompiler.compileResources("behaviour/b/Everything.java",
        "behaviour/b/Bean.java", "behaviour/b/Fields.java"));
    everything = models.definition("b.EverythingTable");
    bean = models.definition("b.BeanTable");
    fields = models.definition("b.FieldsTable");
  }

  @Test
  void recordJsonHasProtocolFormsAndRoundTrips() throws Exception {
    Object item = newEverything("a1", "draft text");
    String json = write(everything, item);
    assertThat(json)
        .startsWith("{\"id\":\"a1\",\"text\":\"héllo \\\"q\\\"\",\"letter\":\"x\",\"boxedLetter\":null,")
        .contains("\"updatedAt\":\"2023-12-20T10:21:05.421Z\"", "\"version\":\"AAAAAAAAB9E=\"",
            "\"deleted\":false", "\"price\":12.50", "\"seenAt\":\"2024-01-02T03:04:05.006Z\"",
            "\"meetingAt\":\"2024-01-02T01:04:05.006Z\"", "\"born\":\"1994-10-14\"", "\"alarm\":\"07:14:00.000\"",
            "\"localStamp\":\"2024-08-23T20:22:54.291\"", "\"key\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"",
            "\"data\":\"AQID\"", "\"mood\":\"HAPPY\"", "\"order\":7", "\"select\":\"pick\"", "\"in\":\"inside\"",
            "\"big\":9007199254740993", "\"tiny\":-128", "\"ratio\":0.5", "\"precise\":\"Infinity\"")
        .doesNotContain("draft");
    Decoded<Object> decoded = read(everything, json);
    assertThat(write(everything, decoded.entity())).isEqualTo(json);
    assertThat(decoded.system()).isEqualTo(new SystemProperties("a1", UPDATED, "AAAAAAAAB9E=", false));
    assertThat(component(decoded.entity(), "draft")).isNull();
  }

  @Test
  void readingAcceptsOffsetsAnyCaseUnknownFieldsAndNullPrimitives() throws Exception {
    Decoded<Object> decoded = read(everything, "{\"ID\":\"b2\",\"extra\":{\"nested\":[1,{\"x\":2}]},"
        + "\"updatedAt\":\"2023-12-20T10:21:05.421+00:00\",\"Count\":5,\"flag\":null,\"draft\":\"remote\","
        + "\"order\":3,\"Deleted\":true,\"more\":[true]}");
    assertThat(decoded.system()).isEqualTo(new SystemProperties("b2", UPDATED, null, true));
    assertThat(component(decoded.entity(), "count")).isEqualTo(5);
    assertThat(component(decoded.entity(), "position")).isEqualTo(3);
    assertThat(component(decoded.entity(), "flag")).isEqualTo(false);
    assertThat(component(decoded.entity(), "draft")).isNull();
    assertThat(component(decoded.entity(), "deleted")).isEqualTo(true);
  }

  @Test
  void aValueOfTheWrongTypeNamesTheColumn() {
    assertThatThrownBy(() -> read(everything, "{\"id\":\"c3\",\"count\":\"seven\"}"))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("'count'");
    assertThatThrownBy(() -> read(everything, "{\"id\":\"c3\",\"order\":1.5}"))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("'order'");
    assertThatThrownBy(() -> read(everything, "{\"id\":\"c3\",\"born\":\"yesterday\"}"))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("'born'");
    assertThatThrownBy(() -> read(everything, "[]"))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("everything");
  }

  @Test
  void ddlRunsOnSqliteAndRowsRoundTrip() throws Exception {
    Object item = newEverything("d4", "kept locally");
    SystemProperties system = new SystemProperties("d4", UPDATED, "v1", false);
    try (Connection db = open()) {
      create(db, everything);
      insert(db, everything, item, system);
      try (Statement query = db.createStatement();
          ResultSet row = query.executeQuery("SELECT * FROM \"everything\"")) {
        assertThat(row.next()).isTrue();
        Decoded<Object> decoded = everything.readRow(row, 1);
        assertThat(decoded.system()).isEqualTo(system);
        assertThat(write(everything, decoded.entity())).isEqualTo(write(everything, item).replace(
            "\"version\":\"AAAAAAAAB9E=\"", "\"version\":\"v1\""));
        assertThat(component(decoded.entity(), "draft")).isEqualTo("kept locally");
      }
      try (Statement query = db.createStatement(); ResultSet raw = query.executeQuery(
          "SELECT \"updatedAt\", \"flag\", \"price\", \"born\", \"order\", \"select\" FROM \"everything\"")) {
        assertThat(raw.next()).isTrue();
        assertThat(raw.getObject(1)).isEqualTo(UPDATED.toEpochMilli());
        assertThat(raw.getObject(2)).isEqualTo(1);
        assertThat(raw.getObject(3)).isEqualTo("12.50");
        assertThat(raw.getObject(4)).isEqualTo("1994-10-14");
        assertThat(raw.getObject(5)).isEqualTo(7);
        assertThat(raw.getObject(6)).isEqualTo("pick");
      }
      assertThat(indexes(db, "everything")).containsExactlyInAnyOrder("everything_updatedAt", "everything_category");
    }
  }

  @Test
  void nullsAreStoredAsSqlNullAndReadBack() throws Exception {
    Object item = everythingType().getDeclaredConstructors()[0].newInstance(nullArguments("e5"));
    try (Connection db = open()) {
      create(db, everything);
      insert(db, everything, item, SystemProperties.local("e5"));
      try (Statement query = db.createStatement();
          ResultSet row = query.executeQuery("SELECT * FROM \"everything\"")) {
        assertThat(row.next()).isTrue();
        Decoded<Object> decoded = everything.readRow(row, 1);
        assertThat(write(everything, decoded.entity())).isEqualTo(write(everything, item));
        assertThat(decoded.system()).isEqualTo(SystemProperties.local("e5"));
      }
    }
  }

  @Test
  void primitiveColumnsAreNotNull() {
    assertThat(everything.createTableSql())
        .startsWith("CREATE TABLE IF NOT EXISTS \"everything\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"updatedAt\""
            + " INTEGER, \"version\" TEXT, \"text\" TEXT, \"letter\" TEXT NOT NULL, \"boxedLetter\" TEXT,")
        .contains("\"order\" INTEGER NOT NULL", "\"data\" BLOB", "\"price\" TEXT", "\"seenAt\" INTEGER");
    assertThat(everything.columns()).extracting(ColumnDefinition::name).doesNotContain("id", "updatedAt",
        "version", "deleted").contains("order", "select", "draft");
    assertThat(everything.columns()).filteredOn(ColumnDefinition::localOnly).extracting(ColumnDefinition::name)
        .containsExactly("draft");
  }

  @Test
  void systemPropertiesOfARecordAreCopiedIn() throws Exception {
    Object item = newEverything("f6", null);
    assertThat(everything.systemProperties(item)).isEqualTo(new SystemProperties("f6", UPDATED, "AAAAAAAAB9E=",
        false));
    Object copy = everything.withSystemProperties(item, new SystemProperties("g7", null, "v2", true));
    assertThat(copy).isNotSameAs(item);
    assertThat(everything.systemProperties(copy)).isEqualTo(new SystemProperties("g7", null, "v2", true));
    assertThat(component(copy, "select")).isEqualTo("pick");
    assertThat(component(item, "id")).isEqualTo("f6");
  }

  @Test
  void beanRoundTripsThroughJsonAndSqlite() throws Exception {
    Object item = newBean();
    String json = write(bean, item);
    assertThat(json).isEqualTo("{\"id\":\"h8\",\"title\":\"Buy milk\",\"done\":true,"
        + "\"updatedAt\":\"2023-12-20T10:21:05.421Z\",\"version\":\"v3\",\"deleted\":null}");
    Decoded<Object> decoded = read(bean, json);
    // deleted is a boolean system property: a JSON null reads as false.
    assertThat(write(bean, decoded.entity())).isEqualTo(json.replace("null}", "false}"));
    assertThat(bean.systemProperties(item)).isEqualTo(new SystemProperties("h8", UPDATED, "v3", false));
    try (Connection db = open()) {
      create(db, bean);
      insert(db, bean, item, bean.systemProperties(item));
      try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("SELECT * FROM \"bean\"")) {
        assertThat(row.next()).isTrue();
        Object read = bean.readRow(row, 1).entity();
        assertThat(read.getClass().getMethod("getUpdatedAt").invoke(read))
            .isEqualTo(OffsetDateTime.ofInstant(UPDATED, ZoneOffset.UTC));
        assertThat(read.getClass().getMethod("getScratch").invoke(read)).isEqualTo("not stored");
        assertThat(read.getClass().getMethod("isDone").invoke(read)).isEqualTo(true);
      }
    }
  }

  @Test
  void publicFieldClassReportsUndeclaredSystemPropertiesAndSetsInPlace() throws Exception {
    Object item = models.loadClass("b.Fields").getConstructor().newInstance();
    Decoded<Object> decoded = read(fields, "{\"id\":\"i9\",\"select\":\"s\",\"order\":2,\"label\":\"L\","
        + "\"updatedAt\":\"2023-12-20T10:21:05.421Z\",\"version\":\"v4\",\"deleted\":false}");
    assertThat(decoded.system()).isEqualTo(new SystemProperties("i9", UPDATED, "v4", false));
    assertThat(write(fields, decoded.entity()))
        .isEqualTo("{\"id\":\"i9\",\"select\":\"s\",\"order\":2,\"label\":\"L\"}");
    assertThat(fields.withSystemProperties(item, SystemProperties.local("j10"))).isSameAs(item);
    assertThat(item.getClass().getField("id").get(item)).isEqualTo("j10");
    try (Connection db = open()) {
      create(db, fields);
      insert(db, fields, decoded.entity(), decoded.system());
      try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("SELECT * FROM \"fields\"")) {
        assertThat(row.next()).isTrue();
        Decoded<Object> stored = fields.readRow(row, 1);
        assertThat(stored.system()).isEqualTo(decoded.system());
        assertThat(write(fields, stored.entity())).isEqualTo(write(fields, decoded.entity()));
      }
    }
  }

  @Test
  void schemaHashIsCoresHashAndChangesWithAColumn() throws Exception {
    assertThat(everything.schemaHash()).isEqualTo(SchemaHash.of("everything", everything.columns()));
    assertThat(fields.schemaHash()).isEqualTo(SchemaHash.of("fields", List.of(
        new ColumnDefinition("select", ColumnType.STRING, true, false, false),
        new ColumnDefinition("order", ColumnType.INT, false, false, false),
        new ColumnDefinition("label", ColumnType.STRING, true, false, false))));
    assertThat(variant("int size").schemaHash()).isEqualTo(variant("int size").schemaHash());
    assertThat(variant("long size").schemaHash()).isNotEqualTo(variant("int size").schemaHash());
    assertThat(variant("Integer size").schemaHash()).isNotEqualTo(variant("int size").schemaHash());
    assertThat(variant("@dev.offsync.annotations.Index int size").schemaHash())
        .isNotEqualTo(variant("int size").schemaHash());
  }

  @Test
  void schemaResourceDescribesTheColumns() throws Exception {
    String resource = models.resource("META-INF/offsync/schemas/fields.json");
    assertThat(resource).isEqualTo("{\n"
        + "  \"name\": \"fields\",\n"
        + "  \"entity\": \"b.Fields\",\n"
        + "  \"columns\": [\n"
        + "    {\"name\": \"select\", \"type\": \"string\", \"nullable\": true, \"localOnly\": false,"
        + " \"indexed\": false},\n"
        + "    {\"name\": \"order\", \"type\": \"int\", \"nullable\": false, \"localOnly\": false,"
        + " \"indexed\": false},\n"
        + "    {\"name\": \"label\", \"type\": \"string\", \"nullable\": true, \"localOnly\": false,"
        + " \"indexed\": false}\n"
        + "  ],\n"
        + "  \"schemaHash\": \"" + fields.schemaHash() + "\"\n"
        + "}\n");
    assertThat(models.resource("META-INF/offsync/schemas/everything.json"))
        .contains("{\"name\": \"draft\", \"type\": \"string\", \"nullable\": true, \"localOnly\": true,"
            + " \"indexed\": false}", "\"schemaHash\": \"" + everything.schemaHash() + "\"");
  }

  @Test
  void tableClassHasTypedConstants() throws Exception {
    Class<?> table = models.loadClass("b.EverythingTable");
    assertThat(table.getField("ORDER").get(null).getClass().getSimpleName()).isEqualTo("IntField");
    assertThat(table.getField("SELECT").get(null).toString()).isEqualTo("select");
    assertThat(table.getField("MEETING_AT").get(null).getClass().getSimpleName()).isEqualTo("OffsetDateTimeField");
    assertThat(table.getField("MOOD").get(null).getClass().getSimpleName()).isEqualTo("EnumField");
    assertThat(table.getField("UPDATED_AT").get(null).getClass().getSimpleName()).isEqualTo("InstantField");
    assertThat(table.getDeclaredConstructors()).allMatch(c -> !c.canAccess(null) || c.getParameterCount() == 0);
  }

  private static TableDefinition<Object> variant(String column) throws ReflectiveOperationException {
    CompiledModels compiled = new CompiledModels(TestCompiler.compile(JavaFileObjects.forSourceLines("v.Variant",
        "package v;",
        "@dev.offsync.annotations.SyncTable",
        "public record Variant(@dev.offsync.annotations.Id String id, " + column + ") {}")));
    return compiled.definition("v.VariantTable");
  }

  private static Class<?> everythingType() throws ClassNotFoundException {
    return models.loadClass("b.Everything");
  }

  private static Object newEverything(String id, String draft) throws Exception {
    Class<?> mood = models.loadClass("b.Everything$Mood");
    Object[] arguments = {id, "héllo \"q\"", 'x', null, true, null, (byte) -128, (byte) 5, (short) 300, null, 42,
        null, 9007199254740993L, null, 0.5f, 1.25f, Double.POSITIVE_INFINITY, null, new BigDecimal("12.50"),
        Instant.parse("2024-01-02T03:04:05.006Z"), OffsetDateTime.parse("2024-01-02T03:04:05.006+02:00"),
        LocalDate.of(1994, 10, 14), LocalTime.of(7, 14), LocalDateTime.of(2024, 8, 23, 20, 22, 54, 291_000_000),
        UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), new byte[] {1, 2, 3}, mood.getEnumConstants()[0],
        7, "pick", "inside", "ent", "nm", draft, "home", UPDATED, "AAAAAAAAB9E=", false};
    Constructor<?> constructor = everythingType().getDeclaredConstructors()[0];
    return constructor.newInstance(arguments);
  }

  /** Nulls for every reference component and zero for primitives. */
  private static Object[] nullArguments(String id) throws ClassNotFoundException {
    Class<?>[] types = everythingType().getDeclaredConstructors()[0].getParameterTypes();
    List<Object> arguments = new ArrayList<>();
    for (Class<?> type : types) {
      arguments.add(zero(type));
    }
    arguments.set(0, id);
    return arguments.toArray();
  }

  private static Object zero(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return 'z';
    }
    return Array.get(Array.newInstance(type, 1), 0);
  }

  private static Object newBean() throws Exception {
    Object item = models.loadClass("b.Bean").getConstructor().newInstance();
    Class<?> type = item.getClass();
    type.getMethod("setId", String.class).invoke(item, "h8");
    type.getMethod("setTitle", String.class).invoke(item, "Buy milk");
    type.getMethod("setDone", boolean.class).invoke(item, true);
    type.getMethod("setUpdatedAt", OffsetDateTime.class).invoke(item,
        OffsetDateTime.parse("2023-12-20T12:21:05.421+02:00"));
    type.getMethod("setVersion", String.class).invoke(item, "v3");
    return item;
  }

  private static Object component(Object record, String name) throws ReflectiveOperationException {
    return record.getClass().getMethod(name).invoke(record);
  }

  private static String write(TableDefinition<Object> definition, Object entity) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      definition.writeJson(entity, out);
    }
    return text.toString();
  }

  private static Decoded<Object> read(TableDefinition<Object> definition, String json) throws IOException {
    try (JsonParser in = JSON.createParser(json)) {
      in.nextToken();
      Decoded<Object> decoded = definition.readJson(in);
      assertThat(in.currentToken()).hasToString("END_OBJECT");
      return decoded;
    }
  }

  private Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("store.db"));
  }

  private static List<String> indexes(Connection db, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }
}
