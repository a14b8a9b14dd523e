package dev.offsync.sample.cli;

import dev.offsync.AuthenticationException;
import dev.offsync.NetworkException;
import dev.offsync.OffsyncException;
import dev.offsync.PendingOperationsException;
import dev.offsync.ServiceException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
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
      return new Outcome(ExitCodes.OFFLINE, "offline: " + reason(failure)
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

  /**
   * Why the service could not be reached, in words where the cause is a common one; the client's own message
   * otherwise (it names the request, and the cause's class where Java gives no message).
   */
  private static String reason(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    if (chain.stream().anyMatch(c -> c instanceof UnknownHostException || c instanceof UnresolvedAddressException)) {
      return "the service's host name is unknown";
    }
    if (chain.stream().anyMatch(c -> c instanceof HttpTimeoutException)) {
      return "the service did not answer in time";
    }
    if (chain.stream().anyMatch(c -> c instanceof ConnectException)) {
      return "the service could not be reached (connection refused)";
    }
    return failure.getMessage();
  }
}
