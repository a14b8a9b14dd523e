package dev.offsync.benchmarks.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class CpuTimeTest {

  @Test
  @EnabledOnOs(OS.LINUX)
  void theCompilerThreadsCpuIsReadFromProc() {
    // By the time a test runs, the JIT has compiled part of JUnit; 0 would mean the threads were not found.
    long jit = CpuTime.jit();

    assertThat(jit).isPositive().isLessThanOrEqualTo(CpuTime.process());
  }
}
