package dev.offsync.server.memory;

import dev.offsync.query.And;
import dev.offsync.query.Call;
import dev.offsync.query.ColumnRef;
import dev.offsync.query.Comparison;
import dev.offsync.query.Filter;
import dev.offsync.query.In;
import dev.offsync.query.Literal;
import dev.offsync.query.Not;
import dev.offsync.query.Operand;
import dev.offsync.query.Or;
import dev.offsync.query.StringMatch;
import dev.offsync.schema.SystemProperties;
import dev.offsync.server.RequestRejectedException;
import dev.offsync.server.StoredItem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Core's filter tree evaluated on {@link StoredItem}s, with OData's two-valued meaning: {@code eq null} tests
 * for null, ordering comparisons never match null, {@code not} is the exact complement. Columns, literals,
 * {@code in}, the substring tests and {@code tolower}/{@code toupper}/{@code trim}/{@code length}; any other
 * function or arithmetic is refused with a 400, as a repository that cannot translate a query must.
 */
final class MemoryFilter {

  private MemoryFilter() {}

  /** The filter as a predicate. */
  static Predicate<StoredItem> of(Filter<?> filter) {
    return row -> test(filter, row);
  }

  private static boolean test(Filter<?> filter, StoredItem row) {
    if (filter instanceof And<?> and) {
      return and.operands().stream().allMatch(f -> test(f, row));
    }
    if (filter instanceof Or<?> or) {
      return or.operands().stream().anyMatch(f -> test(f, row));
    }
    if (filter instanceof Not<?> not) {
      return !test(not.operand(), row);
    }
    if (filter instanceof In<?> in) {
      Object value = value(in.operand(), row);
      return value != null && in.values().stream().anyMatch(v -> compare(value, v.value()) == 0);
    }
    if (filter instanceof StringMatch<?> match) {
      return matches(match, value(match.text(), row), value(match.part(), row));
    }
    return compare((Comparison<?>) filter, row);
  }

  private static boolean compare(Comparison<?> comparison, StoredItem row) {
    Object left = value(comparison.left(), row);
    Object right = value(comparison.right(), row);
    return switch (comparison.operator()) {
      case EQ -> left == null ? right == null : right != null && compare(left, right) == 0;
      case NE -> left == null ? right != null : right == null || compare(left, right) != 0;
      case GT -> left != null && right != null && compare(left, right) > 0;
      case GE -> left != null && right != null && compare(left, right) >= 0;
      case LT -> left != null && right != null && compare(left, right) < 0;
      case LE -> left != null && right != null && compare(left, right) <= 0;
    };
  }

  private static boolean matches(StringMatch<?> match, Object text, Object part) {
    if (text == null || part == null) {
      return false;
    }
    String s = (String) text;
    String p = (String) part;
    return switch (match.kind()) {
      case STARTS_WITH -> s.startsWith(p);
      case ENDS_WITH -> s.endsWith(p);
      case CONTAINS -> s.contains(p);
    };
  }

  private static Object value(Operand operand, StoredItem row) {
    if (operand instanceof Literal literal) {
      return literal.value();
    }
    if (operand instanceof ColumnRef column) {
      return column(row, column.name());
    }
    if (operand instanceof Call call && call.arguments().size() == 1) {
      Object argument = value(call.arguments().get(0), row);
      if (argument == null) {
        return null;
      }
      switch (call.function()) {
        case TOLOWER: return ((String) argument).toLowerCase(Locale.ROOT);
        case TOUPPER: return ((String) argument).toUpperCase(Locale.ROOT);
        case TRIM: return ((String) argument).strip();
        case LENGTH: return ((String) argument).codePointCount(0, ((String) argument).length());
        default: break;
      }
    }
    throw new RequestRejectedException(400, "This table's repository cannot evaluate that $filter: use columns,"
        + " comparisons, in, startswith, endswith, contains, tolower, toupper, trim and length");
  }

  /** The value of a data or system column of the row. */
  static Object column(StoredItem row, String name) {
    return switch (name) {
      case SystemProperties.ID -> row.id();
      case SystemProperties.UPDATED_AT -> row.updatedAt();
      case SystemProperties.VERSION -> row.version();
      case SystemProperties.DELETED -> row.deleted();
      default -> row.values().get(name);
    };
  }

  /** Orders values of one column with nulls first. */
  static int compareNullsFirst(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return compare(a, b);
  }

  /** Compares two non-null values of one type; numbers of any type by value, strings by UTF-16 unit. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.compare(x, y);
    }
    if (a.getClass() != b.getClass()) {
      return Objects.toString(a).compareTo(Objects.toString(b)); // a UUID literal against text, say
    }
    return ((Comparable) a).compareTo(b);
  }
}
