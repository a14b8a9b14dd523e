package dev.offsync.server.conformance;

import dev.offsync.server.DatasyncServer;
import dev.offsync.spring.boot.OffsyncServerCustomizer;
import dev.offsync.spring.boot.testapp.AppProperties;
import dev.offsync.spring.boot.testapp.TestApp;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as the Spring Boot starter serves it: the test application on 127.0.0.1 and a free port, its
 * {@code DataSource} on the test's database, and the conformance test's tables and options given to the
 * starter as an {@link OffsyncServerCustomizer} bean.
 */
final class SpringHost implements TestHost {

  private final Map<String, Object> beans;

  /** The test application as it is. */
  SpringHost() {
    this(Map.of());
  }

  /** The test application with these singletons in its context, by bean name. */
  SpringHost(Map<String, Object> beans) {
    this.beans = Map.copyOf(beans);
  }

  @Override
  public Running start(String jdbcUrl, Consumer<DatasyncServer.Builder> configuration) {
    Map<String, Object> properties = new HashMap<>(AppProperties.dataSource(jdbcUrl));
    properties.put("server.address", "127.0.0.1");
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    ConfigurableApplicationContext app = new SpringApplicationBuilder(TestApp.class).properties(properties)
        .properties(AppProperties.WITHOUT_SECURITY)
        .initializers(context -> {
          context.getBeanFactory().registerSingleton("conformanceTables",
              (OffsyncServerCustomizer) configuration::accept);
          beans.forEach(context.getBeanFactory()::registerSingleton);
        })
        .run();
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return new Running() {
      @Override
      public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
      }

      @Override
      public void close() {
        app.close();
      }
    };
  }
}
