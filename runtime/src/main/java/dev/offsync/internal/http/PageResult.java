package dev.offsync.internal.http;

import java.net.URI;

/**
 * What a list page said besides its items.
 *
 * @param items how many items the page held
 * @param count the service's total count ({@code $count=true}), or -1 when absent
 * @param next the resolved next page, or null on the last page
 */
public record PageResult(int items, long count, URI next) {}
