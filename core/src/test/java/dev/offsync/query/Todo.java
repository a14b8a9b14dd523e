package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The test table: one column of every type, as generated code would declare it, plus the system columns. */
final class Todo {

  enum Priority { LOW, MEDIUM, HIGH }

  static final StringField<Object> ID = Fields.ID;
  static final InstantField<Object> UPDATED_AT = Fields.UPDATED_AT;
  static final StringField<Object> VERSION = Fields.VERSION;
  static final BooleanField<Object> DELETED = Fields.DELETED;
  static final StringField<Todo> TITLE = new StringField<>("title");
  static final StringField<Todo> NOTE = new StringField<>("note");
  static final IntField<Todo> RATING = new IntField<>("rating");
  static final LongField<Todo> VIEWS = new LongField<>("views");
  static final FloatField<Todo> SCORE = new FloatField<>("score");
  static final DoubleField<Todo> WEIGHT = new DoubleField<>("weight");
  static final DecimalField<Todo> PRICE = new DecimalField<>("price");
  static final BooleanField<Todo> COMPLETE = new BooleanField<>("complete");
  static final DateField<Todo> DUE = new DateField<>("dueDate");
  static final TimeField<Todo> ALARM = new TimeField<>("alarm");
  static final LocalDateTimeField<Todo> MEETING = new LocalDateTimeField<>("meeting");
  static final OffsetDateTimeField<Todo> HAPPENED = new OffsetDateTimeField<>("happened");
  static final UuidField<Todo> REF = new UuidField<>("ref");
  static final BytesField<Todo> DATA = new BytesField<>("data");
  static final EnumField<Todo, Priority> PRIORITY = new EnumField<>("priority", Priority.class);

  static final List<Field<?, ?>> FIELDS = List.of(ID, UPDATED_AT, VERSION, DELETED, TITLE, NOTE, RATING, VIEWS,
      SCORE, WEIGHT, PRICE, COMPLETE, DUE, ALARM, MEETING, HAPPENED, REF, DATA, PRIORITY);

  /** Column name to type, as the server hands it to the parser. */
  static final Map<String, ColumnType> COLUMNS = columns();

  static final ODataParser PARSER = ODataParser.forColumns(COLUMNS);

  private Todo() {}

  private static Map<String, ColumnType> columns() {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    for (Field<?, ?> field : FIELDS) {
      columns.put(field.name(), field.type());
    }
    return columns;
  }
}
