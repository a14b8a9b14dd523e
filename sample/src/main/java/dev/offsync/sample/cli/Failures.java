package dev.offsync.sample.cli;

import dev.offsync.errors.AuthenticationException;
import dev.offsync.errors.NetworkException;
import dev.offsync.errors.OffsyncException;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.errors.ServiceException;
import dev.offsync.sample.console.Offline;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into one line on standard error and an exit code: no stack traces for things
 * that happen in normal use (offline, refused credentials, an unknown id). Library logs (standard error,
 * WARN and above) keep the details.
 */
public final class Failures implements IExecutionExceptionHandler {

  /**
   * One failure as the user sees it.
   *
   * @param exitCode the process's exit code
   * @param message the line to print
   */
  record Outcome(int exitCode, String message) {}

  @Override
  public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
    Outcome outcome = describe(exception);
    command.getErr().println(outcome.message());
    command.getErr().flush();
    return outcome.exitCode();
  }

  /** The exit code and the line for this failure. */
  static Outcome describe(Throwable failure) {
    if (failure instanceof CliException cli) {
      return new Outcome(cli.exitCode(), cli.getMessage());
    }
    if (failure instanceof NetworkException) {
      return new Outcome(ExitCodes.OFFLINE, "offline: " + Offline.reason(failure)
          + ". Local changes stay queued; try again when the service is reachable.");
    }
    if (failure instanceof AuthenticationException) {
      return new Outcome(ExitCodes.UNAUTHORIZED, "not authorized: " + failure.getMessage()
          + ". Check --token (or OFFSYNC_TOKEN).");
    }
    if (failure instanceof PendingOperationsException) {
      return new Outcome(ExitCodes.FAILED, failure.getMessage() + " See 'todo status' and 'todo conflicts'.");
    }
    if (failure instanceof ServiceException) {
      return new Outcome(ExitCodes.FAILED, "the service failed: " + failure.getMessage());
    }
    if (failure instanceof OffsyncException) {
      return new Outcome(ExitCodes.FAILED, failure.getMessage());
    }
    return new Outcome(ExitCodes.FAILED, "error: " + failure);
  }
}
