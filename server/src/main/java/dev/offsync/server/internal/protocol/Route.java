package dev.offsync.server.internal.protocol;

/**
 * The table and optional id of a path {@code /tables/{table}[/{id}]}; one trailing slash is tolerated.
 *
 * @param table the table name as given
 * @param id the decoded id, or null for the table itself
 */
record Route(String table, String id) {

  private static final String PREFIX = "/tables/";

  /**
   * Splits a decoded path.
   *
   * @throws ProtocolException 404 for any other path
   */
  static Route parse(String path) {
    if (!path.startsWith(PREFIX)) {
      throw ProtocolException.of(404, "Nothing here: tables are served under " + PREFIX + "{table}");
    }
    String rest = path.substring(PREFIX.length());
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    String[] parts = rest.split("/", -1);
    if (parts.length > 2 || parts[0].isEmpty() || parts.length == 2 && parts[1].isEmpty()) {
      throw ProtocolException.of(404, "Nothing here: use " + PREFIX + "{table} or " + PREFIX + "{table}/{id}");
    }
    return new Route(parts[0], parts.length == 2 ? parts[1] : null);
  }
}
