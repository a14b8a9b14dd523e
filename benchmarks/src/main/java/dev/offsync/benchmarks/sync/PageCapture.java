package dev.offsync.benchmarks.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offsync.internal.sync.PullCursor;
import dev.offsync.internal.sync.PullRequests;
import dev.offsync.internal.generated.Values;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Fetches the pages of a full pull exactly as the client asks for them (the same query strings, re-issued
 * with the cursor of each page's last record) and keeps their bytes in a file, so the limit can replay the
 * same responses without HTTP. Only one page is in memory at a time.
 */
final class PageCapture {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private PageCapture() {}

  /** What was captured: the page file, the pages and the items. */
  record Captured(Path file, int pages, long items, long bytes) {}

  /** Fetches every page of table {@code items} from {@code service} into {@code file}. */
  static Captured capture(URI service, Path file) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Optional<PullCursor> cursor = Optional.empty();
    int pages = 0;
    long items = 0;
    long bytes = 0;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      while (true) {
        String query = PullRequests.queryString(Optional.empty(), cursor, pages == 0, false);
        byte[] page = get(http, URI.create(service + "/tables/items?" + query));
        Summary summary = summarize(page);
        if (summary.items == 0) {
          break;
        }
        out.writeInt(page.length);
        out.write(page);
        pages++;
        items += summary.items;
        bytes += page.length;
        cursor = Optional.of(summary.last);
        if (!summary.hasNext) {
          break;
        }
      }
    }
    return new Captured(file, pages, items, bytes);
  }

  /** Reads the pages of a capture file one at a time. */
  static final class Reader implements AutoCloseable {
    private final DataInputStream in;

    Reader(Path file) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** The next page's bytes, or null at the end. */
    byte[] next() throws IOException {
      int length;
      try {
        length = in.readInt();
      } catch (EOFException end) {
        return null;
      }
      byte[] page = new byte[length];
      in.readFully(page);
      return page;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  static byte[] get(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).header("ZUMO-API-VERSION", "3.0.0")
        .header("Accept", "application/json").GET().build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri + " answered " + response.statusCode());
    }
    return response.body();
  }

  private record Summary(int items, PullCursor last, boolean hasNext) {}

  /** The item count, the cursor after the last item and whether a next link is present. */
  private static Summary summarize(byte[] page) throws IOException {
    int items = 0;
    PullCursor last = null;
    boolean hasNext = false;
    try (JsonParser in = JSON.createParser(page)) {
      in.nextToken();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        JsonToken value = in.nextToken();
        if (name.equals("items")) {
          while (in.nextToken() == JsonToken.START_OBJECT) {
            last = cursorOf(in);
            items++;
          }
        } else if (name.equals("nextLink")) {
          hasNext = value != JsonToken.VALUE_NULL;
        } else {
          in.skipChildren();
        }
      }
    }
    return new Summary(items, last, hasNext);
  }

  private static PullCursor cursorOf(JsonParser in) throws IOException {
    String id = null;
    String updatedAt = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("id")) {
        id = in.getText();
      } else if (name.equals("updatedAt")) {
        updatedAt = in.getText();
      } else {
        in.skipChildren();
      }
    }
    return new PullCursor(Values.parseInstant(updatedAt), id);
  }
}
