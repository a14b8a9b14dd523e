/**
 * The ABI that generated databases call ({@code @Query} methods): public for generated code, not for apps, and
 * changed only compatibly, as {@code dagger.internal}.
 */
package dev.offsync.internal.generated.dao;
