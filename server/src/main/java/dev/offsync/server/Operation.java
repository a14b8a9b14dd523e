package dev.offsync.server;

/** What a request does to a table, as an {@link AccessPolicy} sees it. */
public enum Operation {
  /** {@code GET /tables/{table}}: a list query. */
  QUERY,
  /** {@code GET /tables/{table}/{id}}. */
  READ,
  /** {@code POST /tables/{table}}. */
  CREATE,
  /** {@code PUT /tables/{table}/{id}}, and a soft delete. */
  UPDATE,
  /** {@code DELETE /tables/{table}/{id}}. */
  DELETE
}
