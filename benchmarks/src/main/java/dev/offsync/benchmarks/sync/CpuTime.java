package dev.offsync.benchmarks.sync;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time this process has used, all of it, the in-process server's request threads', and the JIT
 * compiler's threads'.
 *
 * <p>The JIT is apart because it is a one-time cost that lands on whichever contender runs while a method gets
 * hot: on 2 cores the compiler threads used more CPU than either client in a 100 000-record pull after a short
 * warm-up, and counting it as the client's made the figures say more about compile timing than about the
 * clients. On Linux the compiler threads' CPU is read from {@code /proc/self/task}; elsewhere the JVM's
 * compilation time (elapsed, close to CPU) stands in.
 */
final class CpuTime {

  /** Jetty's request threads, which run the reference server's work. */
  private static final String SERVER_THREADS = "JettyServerThreadPool";

  /** HotSpot's compiler threads ({@code C1 CompilerThread0}, {@code C2 CompilerThread1}; comm is cut at 15). */
  private static final String COMPILER_THREADS = "CompilerThre";

  private static final Path TASKS = Path.of("/proc/self/task");

  /** Nanoseconds per clock tick of {@code /proc}: Linux reports thread times in USER_HZ, 100 on every arch. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private CpuTime() {}

  /** Nanoseconds of CPU used by every thread of this process so far, or 0 where unknown. */
  static long process() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
      return Math.max(0, hotspot.getProcessCpuTime());
    }
    return 0;
  }

  /** Nanoseconds of CPU used so far by the server's live request threads (they live as long as the server). */
  static long server() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(SERVER_THREADS)) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  /** Nanoseconds of CPU the JIT compiler's threads have used so far (see the class comment). */
  static long jit() {
    if (Files.isDirectory(TASKS)) {
      try (Stream<Path> tasks = Files.list(TASKS)) {
        return tasks.mapToLong(CpuTime::compilerTicks).sum() * NANOS_PER_TICK;
      } catch (IOException | RuntimeException e) {
        // Fall through to the JVM's own figure.
      }
    }
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime() * 1_000_000L : 0;
  }

  /** utime + stime of one thread if it is a compiler thread, else 0 (threads may end while being read). */
  private static long compilerTicks(Path task) {
    try {
      if (!Files.readString(task.resolve("comm")).contains(COMPILER_THREADS)) {
        return 0;
      }
      String stat = Files.readString(task.resolve("stat"));
      // Fields after the command name "(...)": state is field 3, utime 14, stime 15.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
