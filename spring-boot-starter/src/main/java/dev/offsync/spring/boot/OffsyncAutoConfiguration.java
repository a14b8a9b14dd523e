package dev.offsync.spring.boot;

import dev.offsync.schema.TableDefinition;
import dev.offsync.server.AccessPolicy;
import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.DatasyncServlet;
import dev.offsync.server.RepositoryProvider;
import dev.offsync.server.TableSchema;
import dev.offsync.spring.boot.internal.ServerMetrics;
import dev.offsync.spring.boot.internal.SpringSecurityAuthenticator;
import dev.offsync.spring.boot.internal.TableCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the application's {@code @SyncTable} classes as Datasync tables on its {@code DataSource}, at
 * {@code offsync.base-path} ({@code /tables}), with the OpenAPI description and the health check beside them
 * ({@code /openapi.json} and {@code /health} in place of the base path's {@code /tables}), Spring Security's
 * principal as the user where the application has a security filter chain, and the application's Micrometer
 * {@code MeterRegistry} where it has one. Every bean backs off when the application declares its own.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
    afterName = "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "offsync", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(OffsyncProperties.class)
public class OffsyncAutoConfiguration {

  private static final String TABLES = "/tables";

  /** The service on the application's {@code DataSource}; its tables are created or completed here. */
  @Bean
  @ConditionalOnMissingBean
  public DatasyncServlet datasyncServlet(OffsyncProperties properties, DataSource dataSource,
      ObjectProvider<TableDefinition<?>> definitions, ObjectProvider<TableSchema> schemas,
      ObjectProvider<Authenticator> authenticator, ObjectProvider<AccessPolicy> accessPolicy,
      RepositoryProvider repositories, ObjectProvider<ServerMetrics> metrics,
      ObjectProvider<OffsyncServerCustomizer> customizers) {
    List<TableSchema> tables = TableCatalog.resolve(properties.getTables(),
        definitions.orderedStream().toList(), schemas.orderedStream().toList(), properties.getTableOptions());
    List<OffsyncServerCustomizer> orderedCustomizers = customizers.orderedStream().toList();
    if (tables.isEmpty() && orderedCustomizers.isEmpty()) {
      throw new IllegalStateException("Offsync has no tables to serve: list your @SyncTable classes in"
          + " offsync.tables, declare TableDefinition or TableSchema beans, or set offsync.enabled=false");
    }
    DatasyncServer.Builder builder = DatasyncServer.builder().dataSource(dataSource)
        .pageSize(properties.getPageSize()).maxTop(properties.getMaxTop())
        .maxBodyBytes(properties.getMaxBodySize().toBytes())
        .strictApiVersion(properties.isStrictApiVersion()).repositories(repositories);
    tables.forEach(builder::table);
    authenticator.ifAvailable(builder::authenticator);
    metrics.ifAvailable(meters -> meters.applyTo(builder));
    accessPolicy.ifAvailable(builder::accessPolicy);
    orderedCustomizers.forEach(customizer -> customizer.customize(builder));
    return builder.buildServlet();
  }

  /**
   * Where each table's rows live: every table in the built-in JDBC store on the {@code DataSource}, unless the
   * application declares a {@link RepositoryProvider} of its own.
   */
  @Bean
  @ConditionalOnMissingBean
  public RepositoryProvider offsyncRepositoryProvider() {
    return RepositoryProvider.BUILT_IN;
  }

  /**
   * Mounts the servlet at {@code offsync.base-path/*}, and at {@code openapi.json} and {@code health} beside the
   * base path's {@code tables}: {@code /api/openapi.json} for {@code offsync.base-path=/api/tables}.
   */
  @Bean
  @ConditionalOnMissingBean(name = "datasyncServletRegistration")
  public ServletRegistrationBean<DatasyncServlet> datasyncServletRegistration(DatasyncServlet servlet,
      OffsyncProperties properties) {
    String basePath = checkBasePath(properties.getBasePath());
    String prefix = basePath.substring(0, basePath.length() - TABLES.length());
    ServletRegistrationBean<DatasyncServlet> registration =
        new ServletRegistrationBean<>(servlet, DatasyncServlet.mappings(prefix).toArray(String[]::new));
    registration.setName("offsync");
    registration.setLoadOnStartup(1);
    return registration;
  }

  private static String checkBasePath(String basePath) {
    boolean valid = basePath != null && basePath.startsWith("/") && basePath.endsWith(TABLES)
        && !basePath.contains("*") && !basePath.contains("//");
    if (!valid) {
      throw new IllegalStateException("offsync.base-path must be /tables or end in /tables, such as /api/tables"
          + " (Datasync clients append /tables/{name} to the service's endpoint); got '" + basePath + "'");
    }
    return basePath;
  }

  /** The application's Micrometer registry records the server's meters, where it has one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {

    /** Hands the registry, if the context has exactly one, to the server's builder. */
    @Bean
    @ConditionalOnMissingBean
    ServerMetrics offsyncServerMetrics(ObjectProvider<MeterRegistry> registry) {
      return new ServerMetrics(registry);
    }
  }

  /** Spring Security's authenticated principal is the Offsync user, where the application configures it. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.security.core.context.SecurityContextHolder",
      "org.springframework.security.web.SecurityFilterChain"})
  @ConditionalOnBean(type = "org.springframework.security.web.SecurityFilterChain")
  static class SpringSecurityUser {

    /** Reads the user from Spring Security's context on each request's thread. */
    @Bean
    @ConditionalOnMissingBean
    Authenticator offsyncAuthenticator() {
      return new SpringSecurityAuthenticator();
    }
  }
}
