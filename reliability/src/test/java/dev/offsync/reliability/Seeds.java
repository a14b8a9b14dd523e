package dev.offsync.reliability;

/**
 * The seed of a randomized scenario: fixed, so CI runs are repeatable, unless {@code OFFSYNC_TEST_SEED} gives
 * another. Every failure message quotes it, so a failing run can be replayed.
 */
final class Seeds {

  /** The seed when none is given. */
  static final long DEFAULT = 20_261_126L;

  private Seeds() {}

  /** The seed to use. */
  static long seed() {
    String text = System.getenv("OFFSYNC_TEST_SEED");
    return text == null || text.isBlank() ? DEFAULT : Long.parseLong(text.trim());
  }

  /** A note for failure messages: how to replay this run. */
  static String replay(long seed) {
    return "seed " + seed + " (replay with OFFSYNC_TEST_SEED=" + seed + ")";
  }
}
