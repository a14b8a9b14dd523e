package dev.offsync.sample;

import dev.offsync.sample.cli.TodoCommand;
import dev.offsync.sample.cli.Versions;
import dev.offsync.sample.demo.DemoCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The jar's top command: {@code demo} (also what runs with no arguments) and {@code todo}. */
@Command(name = "offsync-sample", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = {"Offsync's sample Todo app.",
        "With no command it runs the demo: two devices and a Datasync service, offline and back."},
    subcommands = {DemoCommand.class, TodoCommand.class, HelpCommand.class})
public final class SampleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** With no command: the demo, with its defaults. */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("demo").execute();
  }
}
