package dev.offsync.query;

import dev.offsync.query.internal.Types;
import java.util.Locale;
import java.util.Objects;

/**
 * A case-sensitive substring test, such as {@code startswith(title,'a')}; false when either side is null.
 * Characters such as {@code %} and {@code _} have no special meaning.
 *
 * @param <T> the entity (model) type whose queries the filter fits
 * @param kind which test
 * @param text the string searched
 * @param part the string searched for
 */
public record StringMatch<T>(Kind kind, Operand text, Operand part) implements Filter<T> {

  /** The three substring tests. */
  public enum Kind {
    /** {@code startswith(text, part)}. */
    STARTS_WITH,
    /** {@code endswith(text, part)}. */
    ENDS_WITH,
    /** {@code contains(text, part)}. */
    CONTAINS;

    /** The OData function name, for example {@code "startswith"}. */
    public String odata() {
      return name().replace("_", "").toLowerCase(Locale.ROOT);
    }
  }

  /** Checks that both sides are string expressions and not the null literal. */
  public StringMatch {
    Objects.requireNonNull(kind, "kind");
    Types.requireString(text, kind.odata());
    Types.requireString(part, kind.odata());
  }
}
