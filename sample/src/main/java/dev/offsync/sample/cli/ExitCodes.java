package dev.offsync.sample.cli;

/** The exit codes of the {@code todo} commands, documented in {@code todo --help}. */
final class ExitCodes {

  /** The command did what it was asked. */
  static final int OK = 0;
  /** It could not: an unknown id, a refused purge, operations the service refused, a broken store. */
  static final int FAILED = 1;
  /** The command line is wrong (picocli's code for usage errors). */
  static final int USAGE = 2;
  /** The service could not be reached; local changes stay queued. */
  static final int OFFLINE = 3;
  /** The service refused the credentials (401) or the access (403). */
  static final int UNAUTHORIZED = 4;

  private ExitCodes() {}
}
