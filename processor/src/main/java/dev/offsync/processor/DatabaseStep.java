package dev.offsync.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Picks the {@code @SyncDatabase} types of each round and runs scanner, validator, model builder and generator
 * on each.
 *
 * <p>A database usually returns DAOs that the table step generates in the same round, so a type with an
 * unresolved type is deferred by name to the next round; in the last round it is validated as it is, which
 * reports whatever is still unresolved. The database is generated only when the runtime is on the class path.
 */
final class DatabaseStep {

  private final Elements elements;
  private final Reporter reporter;
  private final DatabaseScanner scanner;
  private final DatabaseValidator validator;
  private final DatabaseGenerator generator;
  private final RoundTypes types;

  DatabaseStep(ProcessingEnvironment environment, DatabaseConverters converters) {
    this.elements = environment.getElementUtils();
    this.types = new RoundTypes(elements, TypeNames.SYNC_DATABASE);
    this.reporter = new Reporter(environment.getMessager());
    this.scanner = new DatabaseScanner(environment.getTypeUtils(), new PropertyScanner(environment.getTypeUtils(),
        converters));
    this.validator = new DatabaseValidator(reporter, converters);
    this.generator = new DatabaseGenerator(environment.getFiler(), reporter);
  }

  void process(RoundEnvironment round) {
    for (TypeElement type : types.next(round)) {
      processSafely(type, round.processingOver());
    }
  }

  private void processSafely(TypeElement type, boolean lastRound) {
    try {
      ScannedDatabase database = scanner.scan(type);
      if (!lastRound && scanner.hasUnresolved(database)) {
        types.defer(type);
      } else if (lastRound && !runtimePresent()) {
        // Its DAOs were never generated: say why, rather than that each accessor returns an unknown type.
        reporter.error(Diagnostics.runtimeMissing(type.getSimpleName().toString()), type);
      } else if (validator.validate(database) && !lastRound) {
        generate(database);
      }
    } catch (RuntimeException e) {
      reporter.internalError(type, e);
    }
  }

  private void generate(ScannedDatabase database) {
    TypeElement clientBuilder = elements.getTypeElement(TypeNames.SYNC_CLIENT_BUILDER.canonicalName());
    if (!runtimePresent() || clientBuilder == null) {
      reporter.error(Diagnostics.runtimeMissing(database.type().getSimpleName().toString()), database.type());
      return;
    }
    List<Element> origins = new ArrayList<>();
    origins.add(database.type());
    database.tables().forEach(table -> origins.add(table.type()));
    generator.generate(DatabaseModelBuilder.build(database, clientBuilder), origins);
  }

  private boolean runtimePresent() {
    return elements.getTypeElement(TypeNames.RUNTIME_MARKER) != null;
  }
}
