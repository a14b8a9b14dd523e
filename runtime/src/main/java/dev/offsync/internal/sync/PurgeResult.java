package dev.offsync.internal.sync;

/**
 * What a purge removed.
 *
 * @param rows the number of local rows deleted
 * @param operations the number of queued operations discarded
 * @param deltaTokens the number of delta tokens removed
 */
public record PurgeResult(long rows, long operations, long deltaTokens) {}
