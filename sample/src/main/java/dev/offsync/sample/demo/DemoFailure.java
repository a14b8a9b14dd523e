package dev.offsync.sample.demo;

/** A step of the demo did not turn out as the story says; the demo stops and exits non-zero. */
final class DemoFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DemoFailure(String message) {
    super(message);
  }

  /** Throws unless {@code condition} holds. */
  static void check(boolean condition, String message) {
    if (!condition) {
      throw new DemoFailure(message);
    }
  }
}
