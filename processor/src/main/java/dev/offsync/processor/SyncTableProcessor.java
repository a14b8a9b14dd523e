package dev.offsync.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The Offsync annotation processor: for each {@code @SyncTable} type it generates the typed table
 * ({@code <Name>Table}), its table definition ({@code <Name>_Definition}) and the schema resource
 * ({@code META-INF/offsync/schemas/<table>.json}), or reports why the type cannot be a table; with the runtime
 * on the class path also its DAO ({@code <Name>Dao}). For each {@code @SyncDatabase} interface it generates
 * {@code Offsync<Name>}, the database implementing it (see {@link DatabaseStep}).
 *
 * <p>Isolating for incremental builds: every output derives from one annotated type. It claims nothing
 * ({@link #process} returns false), so other processors still see {@code @SyncTable}.
 */
@AutoService(Processor.class)
public final class SyncTableProcessor extends AbstractProcessor {

  private SyncTableStep step;
  private DatabaseStep databaseStep;
  private DatabaseConverters converters;

  /** Creates the processor; the compiler calls this through the service loader. */
  public SyncTableProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    converters = new DatabaseConverters(environment.getTypeUtils());
    step = new SyncTableStep(environment, converters);
    databaseStep = new DatabaseStep(environment, converters);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TypeNames.SYNC_TABLE, TypeNames.SYNC_DATABASE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    converters.refresh(round, processingEnv.getElementUtils().getTypeElement(TypeNames.SYNC_DATABASE));
    step.process(round);
    databaseStep.process(round);
    return false;
  }
}
