package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The test table: one column of every type, as generated code would declare it, plus the system columns. */
final class Todo {

  enum Priority { LOW, MEDIUM, HIGH }

  static final StringField ID = Fields.ID;
  static final InstantField UPDATED_AT = Fields.UPDATED_AT;
  static final StringField VERSION = Fields.VERSION;
  static final BooleanField DELETED = Fields.DELETED;
  static final StringField TITLE = new StringField("title");
  static final StringField NOTE = new StringField("note");
  static final IntField RATING = new IntField("rating");
  static final LongField VIEWS = new LongField("views");
  static final FloatField SCORE = new FloatField("score");
  static final DoubleField WEIGHT = new DoubleField("weight");
  static final DecimalField PRICE = new DecimalField("price");
  static final BooleanField COMPLETE = new BooleanField("complete");
  static final DateField DUE = new DateField("dueDate");
  static final TimeField ALARM = new TimeField("alarm");
  static final LocalDateTimeField MEETING = new LocalDateTimeField("meeting");
  static final OffsetDateTimeField HAPPENED = new OffsetDateTimeField("happened");
  static final UuidField REF = new UuidField("ref");
  static final BytesField DATA = new BytesField("data");
  static final EnumField<Priority> PRIORITY = new EnumField<>("priority", Priority.class);

  static final List<Field<?>> FIELDS = List.of(ID, UPDATED_AT, VERSION, DELETED, TITLE, NOTE, RATING, VIEWS,
      SCORE, WEIGHT, PRICE, COMPLETE, DUE, ALARM, MEETING, HAPPENED, REF, DATA, PRIORITY);

  /** Column name to type, as the server hands it to the parser. */
  static final Map<String, ColumnType> COLUMNS = columns();

  static final ODataParser PARSER = ODataParser.forColumns(COLUMNS);

  private Todo() {}

  private static Map<String, ColumnType> columns() {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    for (Field<?> field : FIELDS) {
      columns.put(field.name(), field.type());
    }
    return columns;
  }
}
