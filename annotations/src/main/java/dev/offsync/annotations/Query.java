package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query method of a {@link SyncDatabase} or {@link SyncDao} interface, run against the local store:
 *
 * <pre>{@code
 * @Query(filter = "complete eq false and dueDate le :day", orderBy = "dueDate desc,title")
 * List<TodoItem> dueBy(LocalDate day);
 * }</pre>
 *
 * <p>The processor parses {@code filter} and {@code orderBy} at compile time (the OData language of
 * {@code $filter} and {@code $orderby}) and reports, at this annotation and with the position in the text: a
 * syntax error, a column the model lacks, a {@code :parameter} the method lacks (or a method parameter the filter
 * does not use), and a parameter whose type does not fit where it is used. Parameters of the method are bound
 * as typed values, never as text. A {@code Collection}, {@code List}, {@code Set} or array parameter stands alone
 * as the list of an {@code in}: {@code @Query(filter = "id in (:ids)") List<TodoItem> withIds(Set<String> ids)}.
 *
 * <p>The return type names the table: {@code List<T>}, {@code Stream<T>} (close it), {@code Optional<T>} (the
 * first match), {@code T} (the first match or null) for a listed table's model {@code T}. A count, {@code long},
 * names its table with {@link #table()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {

  /** The OData filter, with {@code :name} for the method's parameters; empty for every item. */
  String filter() default "";

  /** The OData order, such as {@code dueDate desc,title}; empty for the table's default order (by id). */
  String orderBy() default "";

  /** The model of the table to count, for a method returning {@code long}; otherwise taken from the return type. */
  Class<?> table() default void.class;
}
