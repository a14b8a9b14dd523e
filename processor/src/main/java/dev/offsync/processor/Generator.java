package dev.offsync.processor;

import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;

/** Writes one kind of output file for a table model; a failure to write is reported on the annotated type. */
abstract class Generator {

  private final Filer filer;
  private final Reporter reporter;

  Generator(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** Writes the file for this model; {@code origin} is the annotated type, recorded for incremental builds. */
  final void generate(TableModel model, TypeElement origin) {
    try {
      write(model, origin, filer);
    } catch (IOException e) {
      reporter.error(Diagnostics.writeFailed(fileName(model), String.valueOf(e.getMessage())), origin);
    }
  }

  /** The file's name, for messages. */
  abstract String fileName(TableModel model);

  abstract void write(TableModel model, TypeElement origin, Filer filer) throws IOException;
}
