package nl.vakwijzer.catalogue.infrastructure;

import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;

/**
 * Reads a PostgreSQL {@code tsvector} in its text form ({@code 'klant':1A,7 'gesprek':3B}): each
 * lexeme with the weights of its positions in position order (0 = D, 1 = C, 2 = B, 3 = A; a lexeme
 * without positions counts as one position of weight D, as in {@code ts_rank}).
 */
final class TsVector {
  private TsVector() {}

  /**
   * Reads the quoted lexeme starting at {@code i} (its opening quote) into {@code out}: {@code ''} is
   * a quote, a backslash escapes the next character (as {@code tsvectorout} and {@code tsqueryout}
   * write them). Returns the index after the closing quote.
   */
  static int quoted(String text, int i, StringBuilder out) {
    i++;
    while (true) {
      if (i >= text.length()) {
        throw new IllegalArgumentException("Unclosed lexeme in " + text);
      }
      char c = text.charAt(i++);
      if (c == '\\' && i < text.length()) {
        out.append(text.charAt(i++));
      } else if (c == '\'') {
        if (i < text.length() && text.charAt(i) == '\'') {
          out.append('\'');
          i++;
        } else {
          return i;
        }
      } else {
        out.append(c);
      }
    }
  }

  static void parse(String text, BiConsumer<String, byte[]> sink) {
    int i = 0;
    int n = text.length();
    StringBuilder lexeme = new StringBuilder();
    ByteArrayOutputStream weights = new ByteArrayOutputStream();
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (text.charAt(i) != '\'') {
        throw new IllegalArgumentException("Expected a lexeme at " + i + " in tsvector");
      }
      lexeme.setLength(0);
      i = quoted(text, i, lexeme);
      weights.reset();
      if (i < n && text.charAt(i) == ':') {
        i++;
        while (i < n && text.charAt(i) != ' ') {
          char c = text.charAt(i++);
          if (c >= '0' && c <= '9') {
            if (i >= n || text.charAt(i) < '0' || text.charAt(i) > '9') {
              // the end of a position: its weight letter follows, if any
              byte w = 0;
              if (i < n && text.charAt(i) >= 'A' && text.charAt(i) <= 'D') {
                w = (byte) ('D' - text.charAt(i));
                i++;
              }
              weights.write(w);
            }
          }
        }
      } else {
        weights.write(0);
      }
      sink.accept(lexeme.toString(), weights.toByteArray());
    }
  }
}
