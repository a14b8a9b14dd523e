package dev.offsync.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/offsync/schemas/<table>.json} to the class output: the table's name, data columns and
 * schema hash, pretty-printed and deterministic, so that schema changes show up in review and tools can read them.
 */
final class SchemaResourceGenerator extends Generator {

  static final String DIRECTORY = "META-INF/offsync/schemas/";

  SchemaResourceGenerator(Filer filer, Reporter reporter) {
    super(filer, reporter);
  }

  @Override
  String fileName(TableModel model) {
    return DIRECTORY + model.tableName() + ".json";
  }

  @Override
  void write(TableModel model, TypeElement origin, Filer filer) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", fileName(model), origin);
    try (Writer writer = file.openWriter()) {
      writer.write(json(model));
    }
  }

  /** The resource's text. */
  static String json(TableModel model) {
    StringBuilder json = new StringBuilder("{\n")
        .append("  \"name\": ").append(quote(model.tableName())).append(",\n")
        .append("  \"entity\": ").append(quote(model.entity().canonicalName())).append(",\n")
        .append("  \"columns\": [");
    List<PropertyModel> columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      PropertyModel column = columns.get(i);
      json.append(i == 0 ? "\n" : ",\n")
          .append("    {\"name\": ").append(quote(column.columnName()))
          .append(", \"type\": ").append(quote(column.kind().stored().schemaName()))
          .append(", \"nullable\": ").append(!column.primitive())
          .append(", \"localOnly\": ").append(column.localOnly())
          .append(", \"indexed\": ").append(column.indexed())
          .append('}');
    }
    return json.append(columns.isEmpty() ? "],\n" : "\n  ],\n")
        .append("  \"schemaHash\": ").append(quote(model.schemaHash())).append('\n')
        .append("}\n")
        .toString();
  }

  /** Names are validated identifiers, so quoting needs no escapes beyond the ones a class name cannot need. */
  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
