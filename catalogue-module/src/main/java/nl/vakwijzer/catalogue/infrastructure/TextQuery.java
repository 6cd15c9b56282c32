package nl.vakwijzer.catalogue.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A PostgreSQL {@code tsquery} in its text form ({@code websearch_to_tsquery(...)::text}), parsed for
 * the in-memory catalogue index: PostgreSQL stems and folds the user's words (one query without table
 * access), this evaluates the result against the index's postings.
 *
 * <p>Syntax: quoted lexemes ({@code 'klant'}, {@code ''} for a quote, backslash escapes), an optional
 * {@code :*} (prefix) and weight letters (ignored), {@code !} (not), {@code <->} and {@code <N>}
 * (phrase), {@code &} (and), {@code |} (or), parentheses; binding from strong to weak in that order,
 * as in PostgreSQL. A phrase is evaluated as "and" (the index keeps no positions): {@code "a b"} also
 * matches a document with both words apart.
 */
sealed interface TextQuery {
  /** A lexeme, or every lexeme starting with it ({@code prefix}). */
  record Lexeme(String text, boolean prefix) implements TextQuery {}

  record Not(TextQuery operand) implements TextQuery {}

  record And(TextQuery left, TextQuery right) implements TextQuery {}

  record Or(TextQuery left, TextQuery right) implements TextQuery {}

  /** Parses a tsquery's text; {@code null} for an empty query (only stopwords). */
  static TextQuery parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Parser p = new Parser(text);
    TextQuery q = p.or();
    p.skipSpace();
    if (p.i != text.length()) {
      throw new IllegalArgumentException("Unexpected '" + text.substring(p.i) + "' in tsquery " + text);
    }
    return q;
  }

  /** The distinct lexemes of a query (also those under "not"), in order of appearance. */
  static List<Lexeme> lexemes(TextQuery q) {
    Set<Lexeme> found = new LinkedHashSet<>();
    collect(q, found);
    return new ArrayList<>(found);
  }

  private static void collect(TextQuery q, Set<Lexeme> found) {
    if (q instanceof Lexeme l) {
      found.add(l);
    } else if (q instanceof Not n) {
      collect(n.operand(), found);
    } else if (q instanceof And a) {
      collect(a.left(), found);
      collect(a.right(), found);
    } else if (q instanceof Or o) {
      collect(o.left(), found);
      collect(o.right(), found);
    }
  }

  /** Recursive descent over the tsquery text. */
  final class Parser {
    private final String s;
    private int i;

    private Parser(String s) {
      this.s = s;
    }

    private void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private boolean at(char c) {
      skipSpace();
      return i < s.length() && s.charAt(i) == c;
    }

    private TextQuery or() {
      TextQuery left = and();
      while (at('|')) {
        i++;
        left = new Or(left, and());
      }
      return left;
    }

    private TextQuery and() {
      TextQuery left = phrase();
      while (at('&')) {
        i++;
        left = new And(left, phrase());
      }
      return left;
    }

    /** {@code <->} and {@code <N>}: approximated as "and". */
    private TextQuery phrase() {
      TextQuery left = not();
      while (at('<')) {
        int close = s.indexOf('>', i);
        if (close < 0) {
          throw new IllegalArgumentException("Unclosed phrase operator in tsquery " + s);
        }
        i = close + 1;
        left = new And(left, not());
      }
      return left;
    }

    private TextQuery not() {
      if (at('!')) {
        i++;
        return new Not(not());
      }
      return operand();
    }

    private TextQuery operand() {
      if (at('(')) {
        i++;
        TextQuery q = or();
        if (!at(')')) {
          throw new IllegalArgumentException("Unclosed parenthesis in tsquery " + s);
        }
        i++;
        return q;
      }
      if (!at('\'')) {
        throw new IllegalArgumentException("Expected a lexeme at " + i + " in tsquery " + s);
      }
      StringBuilder lexeme = new StringBuilder();
      i = TsVector.quoted(s, i, lexeme);
      boolean prefix = false;
      if (i < s.length() && s.charAt(i) == ':') {
        i++;
        while (i < s.length() && (s.charAt(i) == '*' || Character.isLetter(s.charAt(i)))) {
          prefix |= s.charAt(i) == '*';
          i++;
        }
      }
      return new Lexeme(lexeme.toString(), prefix);
    }
  }
}
