package dev.offsync.server;

import dev.offsync.schema.TableDefinition;
import dev.offsync.server.internal.ServerCore;
import dev.offsync.server.internal.ServerRuntime;
import dev.offsync.server.internal.metrics.MicrometerMetrics;
import dev.offsync.server.internal.protocol.RequestMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import dev.offsync.server.internal.schema.ModelResources;
import dev.offsync.server.internal.schema.SchemaFile;
import dev.offsync.server.internal.schema.TableOptions;
import dev.offsync.server.internal.storage.Database;
import dev.offsync.server.internal.validation.ModelConstraints;
import dev.offsync.server.internal.validation.ValidatingPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Offsync's reference Datasync service: the tables of protocol v3 over HTTP, stored in SQLite or PostgreSQL.
 *
 * <pre>{@code
 * try (DatasyncServer server = DatasyncServer.builder()
 *     .table(TodoItemTable.DEFINITION)
 *     .database("jdbc:sqlite:todo.db")
 *     .port(0)
 *     .build()
 *     .start()) {
 *   URI endpoint = server.uri();
 * }
 * }</pre>
 *
 * <p>Stateless apart from its database, so several instances may share one PostgreSQL database. To serve the
 * tables from a host framework's servlet container instead of a port of its own, see
 * {@link Builder#buildServlet()}.
 */
public final class DatasyncServer implements AutoCloseable {

  private final Builder settings;
  private ServerRuntime runtime;

  private DatasyncServer(Builder settings) {
    this.settings = settings;
  }

  /** A builder with the defaults: 127.0.0.1, a free port, page size 100, MaxTop 128000, 1 MiB bodies. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens the database, creates or completes the tables and starts listening.
   *
   * @return this server
   * @throws IllegalStateException if it was started already
   */
  public synchronized DatasyncServer start() {
    if (runtime != null) {
      throw new IllegalStateException("The server is started already");
    }
    runtime = ServerRuntime.start(settings.openCore(), settings.host, settings.port);
    return this;
  }

  /** Stops listening and closes the database; a server that is not running is left alone. */
  public synchronized void stop() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** The port the running server listens on. */
  public synchronized int port() {
    if (runtime == null) {
      throw new IllegalStateException("The server is not running");
    }
    return runtime.port();
  }

  /** The server's base URI, {@code http://127.0.0.1:PORT}; tables are at {@code /tables/{name}}. */
  public URI uri() {
    String host = settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
    return URI.create("http://" + host + ":" + port());
  }

  /** Configures a {@link DatasyncServer}; every setting but the tables and the database has a default. */
  public static final class Builder {

    private final List<TableSchema> tables = new ArrayList<>();
    private String jdbcUrl;
    private DataSource dataSource;
    private String host = "127.0.0.1";
    private int port;
    private int pageSize = 100;
    private int maxTop = 128_000;
    private long maxBodyBytes = 1024 * 1024;
    private boolean strictApiVersion;
    private boolean ignoreUnknownFields;
    private Path tableOptions;
    private final Map<String, AccessPolicy> tablePolicies = new HashMap<>();
    private Authenticator authenticator;
    private AccessPolicy accessPolicy = AccessPolicy.ALLOW_ALL;
    private Clock clock = Clock.systemUTC();
    private final Map<String, Class<?>> models = new HashMap<>();
    private boolean beanValidation = true;
    private RequestMetrics metrics = RequestMetrics.NONE;
    private final Map<String, Repository> repositories = new HashMap<>();
    private RepositoryProvider repositoryProvider = RepositoryProvider.BUILT_IN;

    private Builder() {}

    /**
     * Serves a generated table: its name and its columns without the local-only ones. When the model class
     * carries Jakarta Bean Validation constraints, each created or replaced item is checked against them
     * (see {@link #beanValidation(boolean)}).
     */
    public Builder table(TableDefinition<?> definition) {
      table(TableSchema.of(definition));
      models.put(definition.tableName(), definition.entityType());
      return this;
    }

    /** Serves a table. */
    public Builder table(TableSchema schema) {
      Objects.requireNonNull(schema, "schema");
      if (tables.stream().anyMatch(t -> t.name().equals(schema.name()))) {
        throw new IllegalArgumentException("Table '" + schema.name() + "' is added twice");
      }
      tables.add(schema);
      return this;
    }

    /**
     * Serves the tables of a JSON schema file ({@code {"tables":[{"name":...,"columns":{...}}]}}).
     *
     * @throws IllegalArgumentException naming the table and column, for a bad file
     */
    public Builder schemaFile(Path file) {
      SchemaFile.read(file).forEach(this::table);
      return this;
    }

    /**
     * Serves the tables of an app's {@code @SyncTable} models, read from the schema resources the processor
     * writes ({@code META-INF/offsync/schemas/*.json}) in a jar or class folder; local-only columns are left
     * out. Soft delete, page size and owner column are not in the model: set them with
     * {@link #tableOptions(Path)}.
     *
     * @throws IllegalArgumentException naming the jar or folder and resource, for bad or missing resources
     */
    public Builder models(Path jarOrFolder) {
      ModelResources.read(jarOrFolder).forEach(this::table);
      return this;
    }

    /**
     * Applies, at {@link #build()}, a file of per-table options to the tables added by then:
     * {@code {"movies": {"softDelete": true, "pageSize": 50, "ownerColumn": "owner"}}}.
     */
    public Builder tableOptions(Path file) {
      this.tableOptions = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * The database, in a pool the server opens and closes: {@code jdbc:sqlite:<file>} or
     * {@code jdbc:postgresql://<host>/<database>...}. Set this or {@link #dataSource(DataSource)}.
     */
    public Builder database(String jdbcUrl) {
      this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      return this;
    }

    /**
     * The database as a host application's pooled data source, on SQLite or PostgreSQL; the server uses it and
     * never closes it. Set this or {@link #database(String)}. On SQLite, give its connections WAL journaling,
     * {@code synchronous=FULL}, a busy timeout and immediate transactions, as the server's own pool does
     * (see docs/server.md).
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /** The address to listen on; 127.0.0.1 unless set. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; 0 (the default) picks a free one, see {@link DatasyncServer#port()}. */
    public Builder port(int port) {
      this.port = check(port, 0, 65535, "port");
      return this;
    }

    /** The most rows in one list response, for tables that do not set their own; 100 unless set. */
    public Builder pageSize(int rows) {
      this.pageSize = check(rows, 1, Integer.MAX_VALUE - 1, "pageSize");
      return this;
    }

    /** The largest {@code $top} a list request may ask for; 128000 unless set. */
    public Builder maxTop(int rows) {
      this.maxTop = check(rows, 1, Integer.MAX_VALUE, "maxTop");
      return this;
    }

    /** The largest request body accepted; larger ones are answered 413. 1 MiB unless set. */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxBodyBytes must be from 1 to " + (Integer.MAX_VALUE - 8));
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Whether requests must send {@code ZUMO-API-VERSION: 3.0.x} (400 otherwise); lenient unless set. */
    public Builder strictApiVersion(boolean strict) {
      this.strictApiVersion = strict;
      return this;
    }

    /**
     * Whether a body property that names no column of the table is skipped; off unless set, so such a
     * property is a 400 naming it and a client whose model has a column the service lacks fails at its first
     * push instead of losing that column's values.
     */
    public Builder ignoreUnknownFields(boolean ignore) {
      this.ignoreUnknownFields = ignore;
      return this;
    }

    /** Requires a bearer token on every request, resolved by this authenticator; none unless set. */
    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /**
     * The access policy of one table, in place of the server's {@link #accessPolicy(AccessPolicy)}: its data
     * view, authorize check and commit hooks. A table's owner column applies on top of it.
     */
    public Builder accessPolicy(String table, AccessPolicy policy) {
      tablePolicies.put(Objects.requireNonNull(table, "table"), Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Keeps the rows of one table in the application's repository instead of the built-in JDBC store; the
     * server makes no SQL table for it. Versions, preconditions, soft delete, tombstones, access policies and
     * validation stay the server's (see {@link Repository}).
     */
    public Builder repository(String table, Repository repository) {
      repositories.put(Objects.requireNonNull(table, "table"), Objects.requireNonNull(repository, "repository"));
      return this;
    }

    /**
     * Chooses the repository of each table that {@link #repository(String, Repository)} does not set, once per
     * table at {@link #build()}; {@link RepositoryProvider#BUILT_IN} (every table in the JDBC store) unless set.
     */
    public Builder repositories(RepositoryProvider provider) {
      this.repositoryProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /** The access policy of every table that has none of its own; {@link AccessPolicy#ALLOW_ALL} unless set. */
    public Builder accessPolicy(AccessPolicy policy) {
      this.accessPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Whether items of tables added with {@link #table(TableDefinition)} are checked against the Bean Validation
     * constraints of their model class ({@code @NotBlank}, {@code @Size}, {@code @Min}...): a create or replace
     * that breaks one is answered 400 listing each violation, and nothing is stored. On unless set; it needs
     * Hibernate Validator 8 and an Expression Language implementation on the class path, and only when some
     * model declares constraints.
     */
    public Builder beanValidation(boolean on) {
      this.beanValidation = on;
      return this;
    }

    /**
     * Records the server's meters on the app's Micrometer registry: {@code offsync.requests}, a timer tagged
     * {@code table}, {@code operation} ({@code query read create update delete other}) and {@code status};
     * {@code offsync.page.rows}, a distribution summary of items per list page tagged {@code table}; and
     * {@code offsync.conflicts}, a counter of 409 and 412 answers tagged {@code table} and {@code operation}.
     * None unless set; {@code io.micrometer:micrometer-core} is then needed on the class path.
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.metrics = new MicrometerMetrics(Objects.requireNonNull(registry, "registry"));
      return this;
    }

    /** The clock that {@code updatedAt} is taken from; the system clock unless set. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Checks the settings and builds the server, not yet started.
     *
     * @throws IllegalStateException naming the missing or conflicting setting
     */
    public DatasyncServer build() {
      return new DatasyncServer(checkedCopy());
    }

    /**
     * Checks the settings, opens the database, creates or completes the tables and returns the service as a
     * servlet for a host's container to mount at {@code /tables/*} (see {@link DatasyncServlet}); the host,
     * port and nothing else come from the container.
     *
     * @throws IllegalStateException naming the missing or conflicting setting
     */
    public DatasyncServlet buildServlet() {
      return new DatasyncServlet(checkedCopy().openCore());
    }

    private ServerCore openCore() {
      Database database = dataSource != null ? Database.on(dataSource) : Database.open(jdbcUrl);
      return ServerCore.open(tables, database, Map.copyOf(repositories), pageSize, maxTop, maxBodyBytes, strictApiVersion,
          ignoreUnknownFields, authenticator, accessPolicy, Map.copyOf(tablePolicies), clock, metrics);
    }

    private Builder checkedCopy() {
      if (tables.isEmpty()) {
        throw new IllegalStateException("No tables: add at least one with table(...), models(...) or"
            + " schemaFile(...)");
      }
      if (jdbcUrl == null && dataSource == null) {
        throw new IllegalStateException("No database: set database(\"jdbc:sqlite:offsync.db\"), a"
            + " jdbc:postgresql: URL, or dataSource(...)");
      }
      if (jdbcUrl != null && dataSource != null) {
        throw new IllegalStateException("Both database(...) and dataSource(...) are set: keep one");
      }
      List<TableSchema> served = tableOptions == null ? tables : TableOptions.apply(tableOptions, tables);
      for (TableSchema table : served) {
        if (table.ownerColumn() != null && authenticator == null) {
          throw new IllegalStateException("Table '" + table.name() + "' has an owner column but the server has"
              + " no authenticator: set authenticator(...) so that each row has a user");
        }
      }
      Builder copy = new Builder();
      copy.tables.addAll(served);
      for (String table : tablePolicies.keySet()) {
        if (served.stream().noneMatch(t -> t.name().equals(table))) {
          throw new IllegalStateException("accessPolicy(\"" + table + "\", ...) names a table that is not served");
        }
      }
      copy.tablePolicies.putAll(tablePolicies);
      copy.repositories.putAll(repositories(served));
      if (beanValidation) {
        served.forEach(table -> validated(table, copy.tablePolicies));
      }
      copy.jdbcUrl = jdbcUrl;
      copy.dataSource = dataSource;
      copy.host = host;
      copy.port = port;
      copy.pageSize = pageSize;
      copy.maxTop = maxTop;
      copy.maxBodyBytes = maxBodyBytes;
      copy.strictApiVersion = strictApiVersion;
      copy.ignoreUnknownFields = ignoreUnknownFields;
      copy.authenticator = authenticator;
      copy.accessPolicy = accessPolicy;
      copy.clock = clock;
      copy.metrics = metrics;
      return copy;
    }

    /** The repository of each table that has one: set for it, else chosen by the provider. */
    private Map<String, Repository> repositories(List<TableSchema> served) {
      for (String table : repositories.keySet()) {
        if (served.stream().noneMatch(t -> t.name().equals(table))) {
          throw new IllegalStateException("repository(\"" + table + "\", ...) names a table that is not served");
        }
      }
      Map<String, Repository> chosen = new HashMap<>();
      for (TableSchema table : served) {
        Repository repository = repositories.containsKey(table.name()) ? repositories.get(table.name())
            : repositoryProvider.repository(table);
        if (repository != null) {
          chosen.put(table.name(), repository);
        }
      }
      return chosen;
    }

    /** Wraps the table's policy in a validating one when its model class declares constraints. */
    private void validated(TableSchema table, Map<String, AccessPolicy> policies) {
      Class<?> model = models.get(table.name());
      if (model == null || !ModelConstraints.declaredOn(model)) {
        return;
      }
      if (!ModelConstraints.validatorAvailable()) {
        throw new IllegalStateException("Model " + model.getName() + " of table '" + table.name() + "' declares"
            + " Bean Validation constraints but Hibernate Validator is not on the class path: add"
            + " org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly, or set"
            + " beanValidation(false)");
      }
      AccessPolicy policy = policies.getOrDefault(table.name(), accessPolicy);
      policies.put(table.name(), new ValidatingPolicy(policy, model, table.columns()));
    }

    private static int check(int value, int min, int max, String name) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + value);
      }
      return value;
    }
  }
}
