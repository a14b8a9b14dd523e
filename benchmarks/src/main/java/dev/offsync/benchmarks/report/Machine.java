package dev.offsync.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the figures were measured on: processors, memory, JVM, operating system. */
public final class Machine {

  private Machine() {}

  /** The machine and JVM, as a map for the JSON report. */
  public static Map<String, Object> describe() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    machine.put("cpu", cpuModel().orElse("unknown"));
    machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    return machine;
  }

  /** This process's peak resident set size in MiB ({@code VmHWM}), where the system reports it. */
  public static Optional<Long> peakRssMiB() {
    return procStatus("VmHWM:").map(kib -> kib / 1024);
  }

  private static Optional<Long> procStatus(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key)) {
          return Optional.of(Long.parseLong(line.substring(key.length()).replace("kB", "").trim()));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> cpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
