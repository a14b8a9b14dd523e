/**
 * The ABI that generated table definitions call (JSON and row codecs, value forms): public for generated code and
 * Offsync's own modules, not for apps, and changed only compatibly, as {@code dagger.internal}.
 */
package dev.offsync.internal.generated;
