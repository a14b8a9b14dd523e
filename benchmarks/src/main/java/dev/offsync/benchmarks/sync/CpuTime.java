package dev.offsync.benchmarks.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/** The CPU time this process, and the in-process server's threads, have used, where the JVM reports it. */
final class CpuTime {

  /** Jetty's request threads, which run the reference server's work. */
  private static final String SERVER_THREADS = "JettyServerThreadPool";

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
}
