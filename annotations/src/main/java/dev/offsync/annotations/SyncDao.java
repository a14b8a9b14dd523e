package dev.offsync.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface of {@link Query} methods, grouped apart from the database interface (per table or per
 * screen), that a {@link SyncDatabase} interface returns from a method without parameters:
 *
 * <pre>{@code
 * @SyncDao
 * public interface TodoQueries {
 *   @Query(filter = "complete eq false and dueDate le :day", orderBy = "dueDate")
 *   List<TodoItem> dueBy(LocalDate day);
 *
 *   @Query(filter = "id in :ids")
 *   List<TodoItem> withIds(Collection<String> ids);
 * }
 *
 * @SyncDatabase(tables = TodoItem.class)
 * public interface TodoData extends OffsyncDatabase {
 *   TodoQueries queries();
 * }
 * }</pre>
 *
 * <p>The processor implements it inside the generated database: each {@code @Query} method is checked at compile
 * time against the tables of the database that returns the interface, as a query method declared on the database
 * itself is. Every abstract method must be a {@code @Query} method; default methods may call them. The interface
 * must not be private nor have type parameters.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SyncDao {}
