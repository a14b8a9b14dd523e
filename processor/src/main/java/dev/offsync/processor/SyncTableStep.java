package dev.offsync.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Picks the {@code @SyncTable} types of each round and runs validator, model builder and generators on each.
 *
 * <p>Types whose properties refer to types not generated yet are deferred to the next round by name; whatever is
 * still unresolved when processing is over is reported then. One type's failure never stops the others.
 */
final class SyncTableStep {

  private final Reporter reporter;
  private final PropertyScanner scanner;
  private final TableValidator validator;
  private final List<Generator> generators;
  private final RoundTypes types;
  private final Map<String, String> tableOwners = new HashMap<>();
  private final Map<ClassName, String> generatedOwners = new HashMap<>();

  SyncTableStep(ProcessingEnvironment environment, DatabaseConverters converters) {
    Elements elements = environment.getElementUtils();
    this.types = new RoundTypes(elements, TypeNames.SYNC_TABLE);
    this.reporter = new Reporter(environment.getMessager());
    this.scanner = new PropertyScanner(environment.getTypeUtils(), converters);
    this.validator = new TableValidator(reporter);
    List<Generator> all = new ArrayList<>(List.of(new TableClassGenerator(environment.getFiler(), reporter),
        new DefinitionGenerator(environment.getFiler(), reporter),
        new SchemaResourceGenerator(environment.getFiler(), reporter)));
    // DAOs extend the runtime's OfflineDao: a server or model module without the runtime gets tables only.
    if (elements.getTypeElement(TypeNames.RUNTIME_MARKER) != null) {
      all.add(new DaoGenerator(environment.getFiler(), reporter));
    }
    this.generators = List.copyOf(all);
  }

  void process(RoundEnvironment round) {
    for (TypeElement type : types.next(round)) {
      processSafely(type);
    }
    if (round.processingOver()) {
      reportUnresolved();
    }
  }

  private void processSafely(TypeElement type) {
    try {
      if (firstUnresolved(type) != null) {
        types.defer(type);
      } else {
        processType(type);
      }
    } catch (RuntimeException e) {
      reporter.internalError(type, e);
    }
  }

  private void processType(TypeElement type) {
    int before = reporter.errorCount();
    if (!validator.validateShape(type)) {
      return;
    }
    ScannedType scanned = scanner.scan(type);
    if (!validator.validate(scanned) || reporter.errorCount() != before || !claimNames(scanned)) {
      return;
    }
    TableModel model = ModelBuilder.build(scanned);
    for (Generator generator : generators) {
      generator.generate(model, type);
    }
  }

  /** Claims the table name and generated class names for this type; reports a clash with an earlier type. */
  private boolean claimNames(ScannedType scanned) {
    String owner = scanned.type().getQualifiedName().toString();
    String tableOwner = tableOwners.putIfAbsent(scanned.tableName(), owner);
    if (tableOwner != null) {
      reporter.error(Diagnostics.duplicateTableName(scanned.tableName(), tableOwner), scanned.type(),
          scanned.syncTable(), scanned.tableNameValue());
      return false;
    }
    ClassName entity = ClassName.get(scanned.type());
    ClassName table = ClassName.get(entity.packageName(), entity.simpleName() + "Table");
    String generatedOwner = generatedOwners.putIfAbsent(table, owner);
    if (generatedOwner != null) {
      reporter.error(Diagnostics.duplicateGeneratedName(table.canonicalName(), generatedOwner), scanned.type());
      return false;
    }
    return true;
  }

  /** The first property whose type cannot be resolved (yet), or null. */
  private PropertyElement firstUnresolved(TypeElement type) {
    if (!validator.canScan(type)) {
      return null;
    }
    for (PropertyElement property : scanner.scan(type).properties()) {
      if (TypeMapper.isUnresolved(property.type())) {
        return property;
      }
    }
    return null;
  }

  private void reportUnresolved() {
    for (TypeElement type : types.takeDeferred()) {
      PropertyElement property = firstUnresolved(type);
      if (property != null) {
        reporter.error(Diagnostics.unresolvedType(type.getSimpleName().toString(), property.name(),
            property.type().toString()), property.element());
      }
    }
  }
}
