package dev.offsync.server.internal.protocol;

import dev.offsync.server.internal.model.Item;
import java.util.List;

/**
 * An answer other than success, thrown from deep inside a request and turned into a response in one place:
 * a problem for 4xx, the server's entity for 409 and 412, headers only for 304.
 */
public final class ProtocolException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Item entity;
  private final transient String allow;
  private final transient List<Violation> violations;

  /**
   * One broken constraint of a request's item.
   *
   * @param property the column whose value breaks it
   * @param message what the constraint requires
   */
  public record Violation(String property, String message) {}

  private ProtocolException(int status, String detail, Item entity, String allow, List<Violation> violations) {
    super(detail, null, false, false);
    this.status = status;
    this.entity = entity;
    this.allow = allow;
    this.violations = violations;
  }

  /** An answer with a status and a reason for the caller. */
  public static ProtocolException of(int status, String detail) {
    return new ProtocolException(status, detail, null, null, List.of());
  }

  /** 400 with the reason. */
  public static ProtocolException badRequest(String detail) {
    return of(400, detail);
  }

  /** 409 or 412 with the server's copy of the entity, or 304 with its headers. */
  public static ProtocolException withEntity(int status, Item entity) {
    return new ProtocolException(status, null, entity, null, List.of());
  }

  /** 405 naming the allowed methods. */
  public static ProtocolException methodNotAllowed(String method, String allow) {
    return new ProtocolException(405, "Method " + method + " is not allowed here; use " + allow, null, allow,
        List.of());
  }

  /** 400 listing each broken constraint; the detail repeats them, for clients that read only the detail. */
  public static ProtocolException invalid(List<Violation> violations) {
    StringBuilder detail = new StringBuilder("The item breaks ").append(violations.size())
        .append(violations.size() == 1 ? " constraint:" : " constraints:");
    for (Violation v : violations) {
      detail.append(' ').append(v.property()).append(' ').append(v.message()).append(';');
    }
    detail.setLength(detail.length() - 1);
    return new ProtocolException(400, detail.toString(), null, null, List.copyOf(violations));
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The server's entity for 304, 409 and 412, else null. */
  public Item entity() {
    return entity;
  }

  /** The broken constraints of a 400 from {@link #invalid}, else empty. */
  public List<Violation> violations() {
    return violations;
  }

  /** The {@code Allow} header of a 405, else null. */
  public String allow() {
    return allow;
  }
}
