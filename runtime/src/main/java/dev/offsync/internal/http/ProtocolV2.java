package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.filter.FilteringGeneratorDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import dev.offsync.query.ODataPrinter;
import dev.offsync.query.Query;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Protocol v2 of the legacy Azure Mobile Apps servers: {@code PATCH} updates, OData v3 queries, pages that are
 * a bare array or {@code {"results":[…],"count":N}}, paged with {@code $top} and {@code $skip} (the Node
 * server's {@code Link} header names neither the port nor the table's path, so it cannot be followed).
 */
final class ProtocolV2 implements Protocol {

  static final ProtocolV2 INSTANCE = new ProtocolV2();

  /** The page size of v2 requests: the servers' default page, so no server cuts a page short by its own limit. */
  static final int PAGE_SIZE = 50;

  /**
   * Properties the service owns. The Node server refuses a body that has {@code createdAt}, {@code updatedAt}
   * or {@code deleted} (even as null), and stores a {@code version} in a body as data; If-Match carries it.
   */
  private static final Set<String> SERVICE_OWNED = Set.of("createdat", "updatedat", "deleted", "version");

  private static final TokenFilter WITHOUT_SERVICE_OWNED = new TokenFilter() {
    @Override
    public TokenFilter includeProperty(String name) {
      return SERVICE_OWNED.contains(name.toLowerCase(Locale.ROOT)) ? null : TokenFilter.INCLUDE_ALL;
    }
  };

  private ProtocolV2() {}

  @Override
  public String apiVersion() {
    return "2.0.0";
  }

  @Override
  public String updateMethod() {
    return "PATCH";
  }

  @Override
  public String restoreQuery() {
    return "";
  }

  @Override
  public JsonGenerator body(JsonGenerator out) {
    return new FilteringGeneratorDelegate(out, WITHOUT_SERVICE_OWNED, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH,
        true);
  }

  /**
   * The legacy query string, always with a {@code $top} of at most a page, so that a full page can be told from
   * the last one; a caller that wants fewer items than a page stops reading at its own {@code top}.
   */
  @Override
  public String queryString(Query query) {
    // The Node server reads $top=0 as "the default page"; 1 keeps a count-only request small.
    int top = Math.max(1, Math.min(query.top().orElse(PAGE_SIZE), PAGE_SIZE));
    return ODataPrinter.legacyQueryString(query.top(top));
  }

  @Override
  public String itemsField() {
    return "results";
  }

  @Override
  public URI next(HttpSettings settings, URI page, PageParser.Parsed parsed, TransportResponse response) {
    return LegacyPaging.next(page, parsed, response.header("Link") != null);
  }

  @Override
  public boolean conflictMayEchoTheRequest() {
    return true;
  }

  @Override
  public boolean getsDeletedItemsById() {
    return false;
  }
}
