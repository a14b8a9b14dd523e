package dev.offsync.sample.demo;

import java.nio.file.Path;

/**
 * How the demo runs.
 *
 * @param folder where the service's and the devices' SQLite files go; null for a temporary folder, deleted
 *     at the end
 * @param backlog how many extra items device A adds, so that pushes and pulls are big enough for progress bars
 * @param policy how conflicts are settled
 * @param progress whether to draw progress bars
 */
record DemoSettings(Path folder, int backlog, ConflictPolicy policy, boolean progress) {

  /** Checks the numbers. */
  DemoSettings {
    if (backlog < 0 || backlog > 1_000_000) {
      throw new IllegalArgumentException("The backlog must be from 0 to 1000000 items, not " + backlog);
    }
  }
}
