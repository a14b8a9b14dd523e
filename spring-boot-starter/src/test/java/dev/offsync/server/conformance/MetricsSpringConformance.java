package dev.offsync.server.conformance;

import dev.offsync.server.DatasyncServer;
import java.util.Map;

/**
 * {@link MetricsConformance} through a Spring Boot application: the suite's registry is a bean of the
 * application's context, which the starter hands to the server (the suite's tables are given without it).
 */
abstract class MetricsSpringConformance extends MetricsConformance {

  @Override
  void configure(DatasyncServer.Builder builder) {
    builder.table(MOVIES);
  }

  @Override
  TestHost host() {
    return new SpringHost(Map.of("meterRegistry", registry));
  }
}
