package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The path items of one table in the OpenAPI document: list and create, then read, replace and delete. */
final class OpenApiPaths {

  private static final List<String> LIST_PARAMETERS = List.of("$filter", "$orderby", "$select", "$skip", "$top",
      "$count", "__includedeleted");

  private OpenApiPaths() {}

  static void write(JsonGenerator json, String table) throws IOException {
    String ref = "#/components/schemas/" + table;
    json.writeObjectFieldStart("/tables/" + table);
    operation(json, "get", "List " + table + " (OData query, paged)", false, null, "200", ref, true);
    operation(json, "post", "Create an item of " + table, false, ref, "201", ref, false);
    json.writeEndObject();
    json.writeObjectFieldStart("/tables/" + table + "/{id}");
    operation(json, "get", "Read an item of " + table, true, null, "200", ref, false);
    operation(json, "put", "Replace an item of " + table + " (If-Match for optimistic concurrency)", true, ref,
        "200", ref, false);
    operation(json, "delete", "Delete an item of " + table + " (If-Match for optimistic concurrency)", true,
        null, "204", null, false);
    json.writeEndObject();
  }

  private static void operation(JsonGenerator json, String method, String summary, boolean byId, String body,
      String status, String result, boolean page) throws IOException {
    json.writeObjectFieldStart(method);
    json.writeStringField("summary", summary);
    json.writeArrayFieldStart("parameters");
    if (byId) {
      parameter(json, "id", "path", true);
    }
    if (page) {
      for (String name : LIST_PARAMETERS) {
        parameter(json, name, "query", false);
      }
    }
    json.writeEndArray();
    if (body != null) {
      json.writeObjectFieldStart("requestBody");
      json.writeBooleanField("required", true);
      content(json, body, false);
      json.writeEndObject();
    }
    json.writeObjectFieldStart("responses");
    json.writeObjectFieldStart(status);
    json.writeStringField("description", "Success");
    if (result != null) {
      content(json, result, page);
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void parameter(JsonGenerator json, String name, String in, boolean required) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("in", in);
    json.writeBooleanField("required", required);
    json.writeObjectFieldStart("schema");
    json.writeStringField("type", "string");
    json.writeEndObject();
    json.writeEndObject();
  }

  /** A JSON content: the item schema, or a page {@code {"items":[...],"count":N,"nextLink":"..."}} of it. */
  private static void content(JsonGenerator json, String ref, boolean page) throws IOException {
    json.writeObjectFieldStart("content");
    json.writeObjectFieldStart("application/json");
    json.writeObjectFieldStart("schema");
    if (page) {
      json.writeStringField("type", "object");
      json.writeObjectFieldStart("properties");
      json.writeObjectFieldStart("items");
      json.writeStringField("type", "array");
      json.writeObjectFieldStart("items");
      json.writeStringField("$ref", ref);
      json.writeEndObject();
      json.writeEndObject();
      json.writeObjectFieldStart("count");
      json.writeStringField("type", "integer");
      json.writeBooleanField("nullable", true);
      json.writeEndObject();
      json.writeObjectFieldStart("nextLink");
      json.writeStringField("type", "string");
      json.writeBooleanField("nullable", true);
      json.writeEndObject();
      json.writeEndObject();
    } else {
      json.writeStringField("$ref", ref);
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }
}
