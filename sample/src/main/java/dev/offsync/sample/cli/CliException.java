package dev.offsync.sample.cli;

/** A command cannot go on, for a reason the user can fix; printed as one line, with its exit code. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A failure with {@link ExitCodes#FAILED}. */
  static CliException failed(String message) {
    return new CliException(ExitCodes.FAILED, message);
  }

  /** A wrong command line, with {@link ExitCodes#USAGE}. */
  static CliException usage(String message) {
    return new CliException(ExitCodes.USAGE, message);
  }

  int exitCode() {
    return exitCode;
  }
}
