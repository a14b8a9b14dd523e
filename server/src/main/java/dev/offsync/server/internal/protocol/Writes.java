package dev.offsync.server.internal.protocol;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.Operation;
import dev.offsync.server.Repository;
import dev.offsync.server.RowView;
import dev.offsync.server.internal.http.HttpResponse;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.storage.Creation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write operations: create, replace and delete. Each runs in one repository write, which gives the change
 * the stored row and the write's {@code updatedAt} and stores what the change builds from them atomically.
 */
final class Writes {

  static final Pattern ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.|:-]{0,126}");

  private static final Logger LOG = LoggerFactory.getLogger(Writes.class);
  /**
   * One generator per thread: the platform default (NativePRNG) serializes every caller on one global lock,
   * which concurrent writes queue on; DRBG instances are independent, each seeded from the system once.
   */
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Writes::newRandom);

  private Writes() {}

  /** {@code POST /tables/{table}}. */
  static HttpResponse create(TableContext context, Call call) {
    ItemJson.Body body = ItemJson.read(context.table(), Requests.jsonBody(call.request(), call.maxBodyBytes()),
        call.ignoreUnknownFields());
    String id = body.id() == null ? newId() : checkId(body.id());
    Map<String, Object> proposed = proposed(id, body);
    Reads.authorize(context, call, Operation.CREATE, proposed);
    RowView view = context.policy().view(call.user(), context.table().name());
    Item stored = write(context, id, true, (existing, now) -> {
      // A tombstone the caller can see is replaced; one of another user's rows stays, or its owner's
      // devices would never learn of the delete.
      if (existing.isPresent() && (!context.table().isTombstone(existing.get())
          || !Views.includes(view, context.table(), existing.get()))) {
        throw collision(context, view, existing.get());
      }
      return commit(context, call, Operation.CREATE, serviceOwned(context, proposed, now), now,
          body.deleted()); // replaces a tombstone
    });
    afterCommit(context, call, Operation.CREATE, stored, stored);
    HttpResponse response = Responses.entity(201, context.table(), stored);
    response.headers().set("Location", call.request().baseUri() + "/tables/" + context.table().name() + "/"
        + URLEncoder.encode(id, StandardCharsets.UTF_8));
    return response;
  }

  /** {@code PUT /tables/{table}/{id}}; with {@code __includedeleted=true} it also restores a deleted item. */
  static HttpResponse replace(TableContext context, Call call, String id) {
    ItemJson.Body body = ItemJson.read(context.table(), Requests.jsonBody(call.request(), call.maxBodyBytes()),
        call.ignoreUnknownFields());
    if (body.id() != null && !body.id().equals(id)) {
      throw ProtocolException.badRequest("The body's id '" + ListOptions.abbreviate(body.id())
          + "' differs from the id in the URL '" + id + "'");
    }
    Map<String, Object> proposed = proposed(id, body);
    Item stored = write(context, id, false, (found, now) -> {
      Item existing = visible(context, call, found, id);
      Reads.authorize(context, call, Operation.UPDATE, existing);
      if (existing.deleted() && context.table().softDelete() && !call.includeDeleted()) {
        throw Reads.gone(context, id);
      }
      Preconditions.check(call.request().headers(), existing, false);
      return commit(context, call, Operation.UPDATE, serviceOwned(context, proposed, existing.values()), now,
          body.deleted());
    });
    afterCommit(context, call, Operation.UPDATE, stored, stored);
    return Responses.entity(200, context.table(), stored);
  }

  /** {@code DELETE /tables/{table}/{id}}: marks the row deleted with soft delete, else removes it. */
  static HttpResponse delete(TableContext context, Call call, String id) {
    Removal[] removed = new Removal[1];
    write(context, id, false, (found, now) -> {
      Item existing = visible(context, call, found, id);
      Reads.authorize(context, call, Operation.DELETE, existing);
      if (existing.deleted() && context.table().softDelete()) {
        throw Reads.gone(context, id);
      }
      Preconditions.check(call.request().headers(), existing, false);
      if (!context.table().softDelete()) {
        context.policy().beforeCommit(call.user(), context.table().name(), Operation.DELETE, existing.toMap());
        Item tombstone = tombstone(context, call, existing, now);
        removed[0] = new Removal(existing, tombstone); // the hooks see the item, not its tombstone
        return tombstone;
      }
      Item item = commit(context, call, Operation.UPDATE, existing.toMap(), now, true);
      removed[0] = new Removal(item, item);
      return item;
    });
    afterCommit(context, call, context.table().softDelete() ? Operation.UPDATE : Operation.DELETE,
        removed[0].reported(), removed[0].stored());
    return HttpResponse.empty(204);
  }

  /**
   * Runs the change in the repository's write: the table's write lock, the next {@code updatedAt}, the stored
   * row, and the row the change builds stored, all at once. A create's change is a {@link Creation}, which
   * the built-in store may first run on no row.
   */
  private static Item write(TableContext context, String id, boolean creates, Change change) {
    Repository.Change run = (row, now) -> change.apply(row.map(Item::from), now);
    return Item.from(context.repository().write(id, Instant.now(context.clock()).truncatedTo(ChronoUnit.MILLIS),
        creates ? (Creation) run::apply : run));
  }

  /** A write's checks and the row they build, on the internal item type. */
  @FunctionalInterface
  private interface Change {
    Item apply(Optional<Item> stored, Instant now);
  }

  private static Item visible(TableContext context, Call call, Optional<Item> stored, String id) {
    RowView view = context.policy().view(call.user(), context.table().name());
    return stored
        .filter(found -> !context.table().isTombstone(found) && Views.includes(view, context.table(), found))
        .orElseThrow(() -> Reads.notFound(context, id));
  }

  /** The proposed values with each service-owned column (createdAt) set to {@code now}: a create's. */
  private static Map<String, Object> serviceOwned(TableContext context, Map<String, Object> proposed, Instant now) {
    Map<String, Object> values = new LinkedHashMap<>(proposed);
    context.table().columns().stream().filter(ColumnDefinition::serviceOwned)
        .forEach(column -> values.put(column.name(), now));
    return values;
  }

  /** The proposed values with each service-owned column (createdAt) kept as stored: a replace's. */
  private static Map<String, Object> serviceOwned(TableContext context, Map<String, Object> proposed,
      Map<String, Object> stored) {
    Map<String, Object> values = new LinkedHashMap<>(proposed);
    context.table().columns().stream().filter(ColumnDefinition::serviceOwned)
        .forEach(column -> values.put(column.name(), stored.get(column.name())));
    return values;
  }

  /** Runs the before-commit hook on the proposed values and builds the row to store. */
  private static Item commit(TableContext context, Call call, Operation operation, Map<String, Object> proposed,
      Instant now, boolean deleted) {
    Map<String, Object> hooked = new LinkedHashMap<>(proposed);
    hooked.put(SystemProperties.DELETED, context.table().softDelete() && deleted);
    context.policy().beforeCommit(call.user(), context.table().name(), operation, hooked);
    Map<String, Object> values = new LinkedHashMap<>();
    for (ColumnDefinition column : context.table().columns()) {
      values.put(column.name(), hooked.get(column.name()));
    }
    return new Item((String) proposed.get(SystemProperties.ID), now, newVersion(),
        context.table().softDelete() && deleted, values);
  }

  /**
   * The tombstone that replaces a hard-deleted row, so that pulls asking for deleted items learn of the delete.
   * It keeps no contents, only the columns that the caller's data view constrains (such as the owner column):
   * whoever could see the row can see its tombstone, and nobody else.
   */
  private static Item tombstone(TableContext context, Call call, Item existing, Instant now) {
    RowView view = context.policy().view(call.user(), context.table().name());
    Map<String, Object> values = new LinkedHashMap<>();
    for (ColumnDefinition column : context.table().columns()) {
      values.put(column.name(), view.equalities().containsKey(column.name())
          ? existing.values().get(column.name()) : null);
    }
    return new Item(existing.id(), now, newVersion(), true, values);
  }

  /** 409 with the stored item when the caller may see it; otherwise 400, which does not reveal that it exists. */
  private static ProtocolException collision(TableContext context, RowView view, Item existing) {
    if (Views.includes(view, context.table(), existing)) {
      return ProtocolException.withEntity(409, existing);
    }
    return ProtocolException.badRequest("The id '" + existing.id() + "' cannot be used; choose another id");
  }

  /** A delete's outcome: the item the after-commit hook is told of, and the row stored in its place. */
  private record Removal(Item reported, Item stored) {}

  /** Announces the stored row to change streams, then runs the policy's after-commit hook on the reported one. */
  private static void afterCommit(TableContext context, Call call, Operation operation, Item item, Item stored) {
    CommitNotices.committed(context, stored);
    try {
      context.policy().afterCommit(call.user(), context.table().name(), operation, item.toMap());
    } catch (RuntimeException e) {
      LOG.warn("After-commit hook of table '{}' failed for {}", context.table().name(), operation, e);
    }
  }

  private static Map<String, Object> proposed(String id, ItemJson.Body body) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(SystemProperties.ID, id);
    map.putAll(body.values());
    return map;
  }

  /** Checks an id against the protocol's pattern. */
  static String checkId(String id) {
    if (!ID.matcher(id).matches()) {
      throw ProtocolException.badRequest("Invalid id '" + ListOptions.abbreviate(id) + "': use 1 to 127 letters,"
          + " digits and _.|:- characters, starting with a letter or digit");
    }
    return id;
  }

  private static SecureRandom newRandom() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

  private static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String newVersion() {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
