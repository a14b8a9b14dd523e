package dev.offsync.sample.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A {@code todo} subcommand: opens the store, runs, closes the store, and returns the exit code. Big pushes
 * and pulls show progress bars on the command's output.
 */
abstract class Subcommand implements Callable<Integer> {

  @ParentCommand
  TodoCommand todo;

  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Session session = Session.open(todo, out)) {
      if (needsService()) {
        session.requireService(spec.name());
      }
      int code = run(session, out);
      out.flush();
      return code;
    }
  }

  /** Whether the command talks to the service, and so needs {@code --service}. */
  boolean needsService() {
    return false;
  }

  /** Runs the command on an open store; returns the exit code. */
  abstract int run(Session session, PrintWriter out);
}
