package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.DatasyncProtocol;
import dev.offsync.query.Query;
import java.net.URI;

/**
 * What differs on the wire between the protocol versions, so that {@link ServiceCalls} and everything above it
 * stay the same for both: the version header, the update verb, the request bodies, the list query string, the
 * list page's shape and how the next page is found, and how to get hold of the service's copy of an item.
 */
sealed interface Protocol permits ProtocolV3, ProtocolV2 {

  /** The strategy of a protocol version. */
  static Protocol of(DatasyncProtocol version) {
    return version == DatasyncProtocol.V2 ? ProtocolV2.INSTANCE : ProtocolV3.INSTANCE;
  }

  /** The {@code ZUMO-API-VERSION} header value. */
  String apiVersion();

  /** The HTTP method of an update: {@code PUT} in v3, {@code PATCH} in v2. */
  String updateMethod();

  /**
   * The query string (without {@code ?}; empty for none) of an update that also restores the item if the
   * service soft-deleted it: {@code __includedeleted=true} in v3; none in v2, whose undelete is a request of
   * its own, so the restore is the plain update.
   */
  String restoreQuery();

  /** The generator a request body is written to: the given one, or one that leaves out what the service refuses. */
  JsonGenerator body(JsonGenerator out);

  /** The query string (without {@code ?}) of a list request for this query. */
  String queryString(Query query);

  /** The name of the items array in a list page object ({@code items} in v3, {@code results} in v2). */
  String itemsField();

  /**
   * The next page after this one, or null on the last page.
   *
   * @param settings the endpoint, to check that a link stays on it
   * @param page the page just read
   * @param parsed what the page said
   * @param response the page's answer, for its headers
   */
  URI next(HttpSettings settings, URI page, PageParser.Parsed parsed, TransportResponse response);

  /**
   * Whether a 409 answer to an insert may carry the request's own item instead of the service's copy (the Node
   * server does), so that the copy has to be fetched.
   */
  boolean conflictMayEchoTheRequest();

  /** Whether {@code GET /tables/{table}/{id}?__includedeleted=true} returns a soft-deleted item. */
  boolean getsDeletedItemsById();
}
