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

  /** The CPU counters at one moment, to measure a stretch of work by. */
  record Mark(long process, long server) {

    /** Adds the seconds used since this mark: the client's (all but the server's threads) and the server's. */
    void addTo(Samples clientSeconds, Samples serverSeconds) {
      long serverUsed = CpuTime.server() - server;
      long processUsed = CpuTime.process() - process;
      clientSeconds.addSeconds(Math.max(0, processUsed - serverUsed) / 1e9);
      serverSeconds.addSeconds(serverUsed / 1e9);
    }
  }

  /** The counters now. */
  static Mark mark() {
    return new Mark(process(), server());
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
