package dev.offsync.sample.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code demo}: the whole offline cycle, told step by step; exits 0 when everything converged. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs the whole offline cycle: two devices and an in-process Datasync service.",
        "The reference server runs on a SQLite file; devices A and B have stores of their own. The story: offline"
            + " work, push, incremental pull, a conflict settled by a policy, a delete, a purge, and a final check"
            + " that both devices and the service converged."},
    footer = "%nExit codes: 0 converged; 1 not converged, or a step failed (the reason is printed).")
public final class DemoCommand implements Callable<Integer> {

  private static final int MAX_ITEMS = 1_000_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Keep the SQLite files in DIR (created if missing; must not hold a demo's files already)."
          + " Default: a temporary folder, deleted at the end.")
  Path dir;

  @Option(names = "--items", paramLabel = "N", defaultValue = "3000",
      description = "Backlog items device A adds, to make pushes and pulls big (default ${DEFAULT-VALUE}).")
  int items;

  @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "merge", converter = PolicyConverter.class,
      description = "How conflicts are settled: merge, client-wins or server-wins (default ${DEFAULT-VALUE}).")
  ConflictPolicy policy;

  @Option(names = "--no-progress", description = "Draw no progress bars.")
  boolean noProgress;

  @Override
  public Integer call() {
    if (items < 0 || items > MAX_ITEMS) {
      throw new ParameterException(spec.commandLine(), "--items must be from 0 to " + MAX_ITEMS + ", not " + items);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return new Demo(new DemoSettings(dir, items, policy, !noProgress), out).run();
    } catch (RuntimeException e) {
      out.flush();
      err.println("demo failed: " + (e instanceof DemoFailure || e.getMessage() != null ? e.getMessage()
          : e.toString()));
      err.flush();
      return 1;
    }
  }

  /** Reads {@code merge}, {@code client-wins} or {@code server-wins}. */
  static final class PolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      return ConflictPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
