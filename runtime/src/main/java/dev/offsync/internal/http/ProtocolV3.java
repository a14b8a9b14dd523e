package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.query.ODataPrinter;
import dev.offsync.query.Query;
import java.net.URI;

/** Protocol v3: {@code PUT} updates, OData v4 queries, {@code {"items","count","nextLink"}} pages. */
final class ProtocolV3 implements Protocol {

  static final ProtocolV3 INSTANCE = new ProtocolV3();

  private ProtocolV3() {}

  @Override
  public String apiVersion() {
    return "3.0.0";
  }

  @Override
  public String updateMethod() {
    return "PUT";
  }

  @Override
  public String restoreQuery() {
    return "__includedeleted=true";
  }

  @Override
  public JsonGenerator body(JsonGenerator out) {
    return out;
  }

  @Override
  public String queryString(Query query) {
    return ODataPrinter.queryString(query);
  }

  @Override
  public String itemsField() {
    return "items";
  }

  @Override
  public URI next(HttpSettings settings, URI page, PageParser.Parsed parsed, TransportResponse response) {
    return NextLinks.resolve(settings, page, parsed.nextLink());
  }

  @Override
  public boolean conflictMayEchoTheRequest() {
    return false;
  }

  @Override
  public boolean getsDeletedItemsById() {
    return true;
  }
}
