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
      i++;
      lexeme.setLength(0);
      while (true) {
        char c = text.charAt(i++);
        if (c == '\\') {
          lexeme.append(text.charAt(i++));
        } else if (c == '\'') {
          if (i < n && text.charAt(i) == '\'') {
            lexeme.append('\'');
            i++;
          } else {
            break;
          }
        } else {
          lexeme.append(c);
        }
      }
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
