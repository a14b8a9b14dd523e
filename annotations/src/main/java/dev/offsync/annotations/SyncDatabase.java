package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface of the app as its offline database: the processor generates {@code Offsync<Name>}, whose
 * {@code builder()} opens a client with these tables and whose {@code build()} returns the interface.
 *
 * <pre>{@code
 * @SyncDatabase(tables = {TodoItem.class, Tag.class})
 * public interface TodoData extends OffsyncDatabase {
 *   TodoItemDao todoItems();
 *   TagDao tags();
 *
 *   @Query(filter = "complete eq false and dueDate le :day", orderBy = "dueDate")
 *   List<TodoItem> dueBy(LocalDate day);
 * }
 * }</pre>
 *
 * <p>Rules the processor enforces, each a compile error on the element:
 * <ul>
 *   <li>it is on a top-level or static nested, non-private interface without type parameters;
 *   <li>{@code tables} lists {@code @SyncTable} types, each once;
 *   <li>every abstract method is either an accessor without parameters returning the {@code <Model>Dao} of a
 *       listed table or a {@link SyncDao} interface, a {@link Query} method, or a method of the runtime's
 *       {@code OffsyncDatabase}.
 * </ul>
 * The database and the DAOs are generated only when the Offsync runtime is on the processor's class path.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SyncDatabase {

  /** The {@code @SyncTable} types of the database, each once. */
  Class<?>[] tables();

  /**
   * Converters ({@code ColumnConverter<A, C>} implementations, as {@link Convert} names) applying to every field
   * of type {@code A} in the listed tables, unless the field names its own with {@code @Convert}; at most one per
   * type {@code A}. System properties and {@code @Ignore}d fields are never converted. A table listed by several
   * databases must get the same converter for a type from each.
   */
  Class<?>[] converters() default {};
}
