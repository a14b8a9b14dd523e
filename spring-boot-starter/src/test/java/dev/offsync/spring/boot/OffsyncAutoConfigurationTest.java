package dev.offsync.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.server.Authenticator;
import dev.offsync.server.DatasyncServer;
import dev.offsync.server.DatasyncServlet;
import dev.offsync.server.RepositoryProvider;
import dev.offsync.server.TableSchema;
import dev.offsync.spring.boot.internal.SpringSecurityAuthenticator;
import dev.offsync.spring.boot.testapp.TaskTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which beans the auto-configuration makes from the properties and the application's own beans. */
class OffsyncAutoConfigurationTest {

  @TempDir
  Path folder;

  private WebApplicationContextRunner runner() {
    return new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OffsyncAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + folder.resolve("app.db"));
  }

  @Test
  void servesTheListedModelsAtTheBasePathOnTheAppsDataSource() {
    runner().withPropertyValues("offsync.tables=dev.offsync.spring.boot.testapp.Task").run(context -> {
      assertThat(context).hasSingleBean(DatasyncServlet.class).doesNotHaveBean(Authenticator.class);
      assertThat(context.getBean("datasyncServletRegistration", ServletRegistrationBean.class).getUrlMappings())
          .containsExactly("/tables/*", "/openapi.json", "/health");
      assertThat(context.getBean(RepositoryProvider.class)).isSameAs(RepositoryProvider.BUILT_IN);
      JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks", Integer.class)).isZero();
    });
  }

  @Test
  void tablesAlsoComeFromTableDefinitionAndTableSchemaBeansWithTheirOptions() {
    runner().withPropertyValues("offsync.base-path=/api/tables", "offsync.table-options.tasks.soft-delete=true")
        .withBean("tasks", dev.offsync.schema.TableDefinition.class, () -> TaskTable.DEFINITION)
        .withBean(TableSchema.class, () -> TableSchema.of("labels", List.of(
            ColumnDefinition.of("name", ColumnType.STRING))))
        .run(context -> {
          assertThat(context.getBean("datasyncServletRegistration", ServletRegistrationBean.class)
              .getUrlMappings()).containsExactly("/api/tables/*", "/api/openapi.json", "/api/health");
          JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
          assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks", Integer.class)).isZero();
          assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM labels", Integer.class)).isZero();
        });
  }

  @Test
  void theAppsRepositoryProviderReplacesTheBuiltInOneAndItsTablesGetNoSqlTable() {
    RepositoryProvider own = table -> new dev.offsync.server.memory.MemoryRepository();
    runner().withPropertyValues("offsync.tables=dev.offsync.spring.boot.testapp.Task")
        .withBean(RepositoryProvider.class, () -> own)
        .run(context -> {
          assertThat(context).getBean(RepositoryProvider.class).isSameAs(own);
          JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
          assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sqlite_master WHERE name = 'tasks'", Integer.class))
              .isZero();
        });
  }

  @Test
  void theAppsOwnBeansReplaceTheStarters() {
    Authenticator own = token -> java.util.Optional.empty();
    runner().withPropertyValues("offsync.tables=dev.offsync.spring.boot.testapp.Task")
        .withBean(Authenticator.class, () -> own)
        .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class))
        .run(context -> assertThat(context).getBean(Authenticator.class).isSameAs(own));
    runner().withBean("mine", DatasyncServlet.class, () -> DatasyncServer.builder().table(TaskTable.DEFINITION)
            .database("jdbc:sqlite:" + folder.resolve("other.db")).buildServlet())
        .run(context -> assertThat(context).hasSingleBean(DatasyncServlet.class).hasBean("mine"));
  }

  @Test
  void springSecuritysPrincipalIsTheUserWhereTheAppHasASecurityFilterChain() {
    runner().withPropertyValues("offsync.tables=dev.offsync.spring.boot.testapp.Task")
        .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class))
        .run(context -> assertThat(context).getBean(Authenticator.class)
            .isInstanceOf(SpringSecurityAuthenticator.class));
  }

  @Test
  void offsyncEnabledFalseServesNothing() {
    runner().withPropertyValues("offsync.enabled=false", "offsync.tables=dev.offsync.spring.boot.testapp.Task")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DatasyncServlet.class));
  }

  @Test
  void misconfigurationsFailTheStartSayingWhatToDo() {
    Map<String, String> messageByProperty = Map.of(
        "offsync.base-path=/sync", "offsync.base-path must be /tables or end in /tables",
        "offsync.enabled=true", "Offsync has no tables to serve: list your @SyncTable classes in offsync.tables",
        "offsync.tables=java.lang.String", "java.lang.StringTable.DEFINITION does not exist: annotate String"
            + " with @SyncTable",
        "offsync.table-options.tsks.soft-delete=true", "offsync.table-options names [tsks], which is not a table");
    messageByProperty.forEach((property, message) -> runner()
        .withPropertyValues(property.startsWith("offsync.tables") || property.startsWith("offsync.enabled")
            ? property : "offsync.tables=dev.offsync.spring.boot.testapp.Task", property)
        .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining(message)));
  }
}
