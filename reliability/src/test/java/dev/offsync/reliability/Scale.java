package dev.offsync.reliability;

/**
 * How big the scenarios run: bounded (the default, for CI: the whole suite in minutes) or full, with
 * {@code -Doffsync.reliability.full=true}, the Maven profile {@code reliability-full}, or the environment
 * variable {@code OFFSYNC_RELIABILITY_FULL=true}.
 */
final class Scale {

  private Scale() {}

  /** Whether the full size was asked for. */
  static boolean full() {
    return Boolean.parseBoolean(System.getProperty("offsync.reliability.full", "false"))
        || Boolean.parseBoolean(System.getenv("OFFSYNC_RELIABILITY_FULL"));
  }

  /** {@code bounded} in CI, {@code full} on demand. */
  static int of(int bounded, int full) {
    return full() ? full : bounded;
  }

  /** The name of the size in use, for summary lines. */
  static String name() {
    return full() ? "full" : "bounded";
  }
}
