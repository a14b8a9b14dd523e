package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a synchronized table; the Offsync processor generates its typed table.
 *
 * <p>For {@code @SyncTable("todoitems") record TodoItem(...)} the processor writes {@code TodoItemTable} (typed
 * query fields, the table definition, the SQLite schema and reflection-free JSON and JDBC codecs) in the same
 * package. The processor enforces, each as a compile error on the offending element:
 * <ul>
 *   <li>the type is a top-level or static nested class or record, not an interface, enum or abstract class;</li>
 *   <li>the table name matches {@code ^[a-z][a-z0-9_]{0,63}$} and is unique in the compilation;</li>
 *   <li>exactly one {@link Id @Id} field of type {@code String};</li>
 *   <li>at most one each of {@link UpdatedAt @UpdatedAt} ({@code Instant} or {@code OffsetDateTime}),
 *       {@link Version @Version} ({@code String}) and {@link Deleted @Deleted} ({@code boolean}/{@code Boolean});</li>
 *   <li>every stored field has a supported type: {@code String}, primitives and their boxes, {@code Instant},
 *       {@code OffsetDateTime}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}, {@code UUID},
 *       {@code BigDecimal}, {@code byte[]} and enums;</li>
 *   <li>column names are unique after {@link Column @Column} renames and do not start with {@code __};</li>
 *   <li>every stored field can be read (public field or getter) and written (constructor, public field or
 *       setter).</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SyncTable {
  /** The table name on the service and in the local store; defaults to the lower-cased simple name. */
  String value() default "";
}
