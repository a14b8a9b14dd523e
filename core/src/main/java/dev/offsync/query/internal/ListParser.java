package dev.offsync.query.internal;

import dev.offsync.query.ColumnRef;
import dev.offsync.query.ODataSyntaxException;
import dev.offsync.query.Ordering;
import java.util.ArrayList;
import java.util.List;

/** Parses the comma-separated lists of {@code $orderby} and {@code $select}. */
public final class ListParser {

  private ListParser() {}

  /** {@code field [asc|desc], ...}; blank text is no ordering. */
  public static List<Ordering<Object>> orderBy(String input, Columns columns) {
    List<Ordering<Object>> orderings = new ArrayList<>();
    if (input.isBlank()) {
      return orderings;
    }
    Tokenizer tokens = new Tokenizer(input);
    do {
      ColumnRef column = column(tokens, columns, "$orderby");
      boolean descending = false;
      if (tokens.peek().isKeyword("asc") || tokens.peek().isKeyword("desc")) {
        descending = tokens.next().isKeyword("desc");
      }
      orderings.add(new Ordering<>(column.name(), column.type(), descending));
    } while (separator(tokens, "asc, desc, ',' or the end"));
    return orderings;
  }

  /** {@code field, ...}; blank text or {@code *} is every column, an empty list. */
  public static List<String> select(String input, Columns columns) {
    List<String> names = new ArrayList<>();
    if (input.isBlank() || input.strip().equals("*")) {
      return names;
    }
    Tokenizer tokens = new Tokenizer(input);
    do {
      names.add(column(tokens, columns, "$select").name());
    } while (separator(tokens, "',' or the end"));
    return names;
  }

  private static ColumnRef column(Tokenizer tokens, Columns columns, String option) {
    Token name = tokens.next();
    if (name.kind() != Token.Kind.IDENTIFIER) {
      throw new ODataSyntaxException("Expected a field name in " + option + " but found " + name.describe(),
          name.position());
    }
    if (tokens.peek().kind() == Token.Kind.OPEN) {
      throw new ODataSyntaxException(option + " takes field names only, not function calls", name.position());
    }
    ColumnRef column = columns.find(name.text());
    if (column == null) {
      throw new ODataSyntaxException("Unknown field " + name.describe() + " in " + option + "; the fields are "
          + columns.describe(), name.position());
    }
    return column;
  }

  private static boolean separator(Tokenizer tokens, String expected) {
    Token token = tokens.next();
    if (token.kind() == Token.Kind.END) {
      return false;
    }
    if (token.kind() != Token.Kind.COMMA) {
      throw new ODataSyntaxException("Expected " + expected + " but found " + token.describe(), token.position());
    }
    return true;
  }
}
