package dev.offsync.benchmarks.coldstart;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of the {@code coldstart} command.
 *
 * @param samples how many fresh JVMs each contender gets
 * @param json where the results go, or null for the default file
 */
record ColdStartOptions(int samples, Path json) {

  static final String USAGE = "coldstart [--samples N] [--json FILE]";

  /** Parses the command's arguments. */
  static ColdStartOptions parse(List<String> args) {
    int samples = 10;
    Path json = null;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (i + 1 >= args.size() || !(option.equals("--samples") || option.equals("--json"))) {
        throw new IllegalArgumentException("Unknown option '" + option + "' or no value; usage: " + USAGE);
      }
      String value = args.get(++i);
      if (option.equals("--json")) {
        json = Path.of(value);
      } else {
        samples = positive(value);
      }
    }
    return new ColdStartOptions(samples, json);
  }

  private static int positive(String value) {
    try {
      int number = Integer.parseInt(value);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Refused below, with the usage.
    }
    throw new IllegalArgumentException("--samples takes a whole number of at least 1, got '" + value + "'; usage: "
        + USAGE);
  }
}
