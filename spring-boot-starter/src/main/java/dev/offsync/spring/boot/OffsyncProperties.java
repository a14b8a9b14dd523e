package dev.offsync.spring.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code offsync.*} properties of the Spring Boot starter.
 *
 * <pre>
 * offsync.tables=com.example.TodoItem,com.example.Note
 * offsync.base-path=/tables
 * offsync.table-options.notes.owner-column=owner
 * </pre>
 */
@ConfigurationProperties("offsync")
public class OffsyncProperties {

  private boolean enabled = true;
  private String basePath = "/tables";
  private List<Class<?>> tables = new ArrayList<>();
  private Map<String, TableOptions> tableOptions = new LinkedHashMap<>();
  private int pageSize = 100;
  private int maxTop = 128_000;
  private DataSize maxBodySize = DataSize.ofMegabytes(1);
  private boolean strictApiVersion;

  /** Whether the starter serves the tables; true unless set. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Sets whether the starter serves the tables. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The path the tables are served under, {@code /tables} unless set; it ends in {@code /tables}, since clients
   * append {@code /tables/{name}} to the service's endpoint (for {@code /api/tables} the endpoint is
   * {@code http://host:port/api}).
   */
  public String getBasePath() {
    return basePath;
  }

  /** Sets the path the tables are served under. */
  public void setBasePath(String basePath) {
    this.basePath = basePath;
  }

  /**
   * The application's {@code @SyncTable} classes (or their generated {@code <Name>Table} classes) to serve; the
   * processor's generated definition of each is used.
   */
  public List<Class<?>> getTables() {
    return tables;
  }

  /** Sets the {@code @SyncTable} classes to serve. */
  public void setTables(List<Class<?>> tables) {
    this.tables = tables;
  }

  /** Options of single tables, by table name; they apply however the table was listed. */
  public Map<String, TableOptions> getTableOptions() {
    return tableOptions;
  }

  /** Sets the options of single tables. */
  public void setTableOptions(Map<String, TableOptions> tableOptions) {
    this.tableOptions = tableOptions;
  }

  /** The most rows in one list response, for tables that do not set their own; 100 unless set. */
  public int getPageSize() {
    return pageSize;
  }

  /** Sets the server's page size. */
  public void setPageSize(int pageSize) {
    this.pageSize = pageSize;
  }

  /** The largest {@code $top} a list request may ask for; 128000 unless set. */
  public int getMaxTop() {
    return maxTop;
  }

  /** Sets the largest {@code $top}. */
  public void setMaxTop(int maxTop) {
    this.maxTop = maxTop;
  }

  /** The largest request body; larger ones are answered 413. 1MB unless set. */
  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  /** Sets the largest request body. */
  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  /** Whether requests must send {@code ZUMO-API-VERSION: 3.0.x}; lenient unless set. */
  public boolean isStrictApiVersion() {
    return strictApiVersion;
  }

  /** Sets whether requests must send {@code ZUMO-API-VERSION: 3.0.x}. */
  public void setStrictApiVersion(boolean strictApiVersion) {
    this.strictApiVersion = strictApiVersion;
  }

  /** The options of one table that are not in its model; each left unset keeps the model's or the default. */
  public static class TableOptions {

    private Boolean softDelete;
    private Integer pageSize;
    private String ownerColumn;

    /** Whether DELETE marks rows deleted instead of removing them. */
    public Boolean getSoftDelete() {
      return softDelete;
    }

    /** Sets soft delete. */
    public void setSoftDelete(Boolean softDelete) {
      this.softDelete = softDelete;
    }

    /** The table's own page size. */
    public Integer getPageSize() {
      return pageSize;
    }

    /** Sets the table's own page size. */
    public void setPageSize(Integer pageSize) {
      this.pageSize = pageSize;
    }

    /**
     * A string column that holds each row's user (the Spring Security principal's name) and scopes every read
     * and write to the caller's rows.
     */
    public String getOwnerColumn() {
      return ownerColumn;
    }

    /** Sets the owner column. */
    public void setOwnerColumn(String ownerColumn) {
      this.ownerColumn = ownerColumn;
    }
  }
}
