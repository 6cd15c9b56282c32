package nl.vakwijzer.catalogue.api;

import java.util.List;
import java.util.Objects;

/** Null-tolerant helpers for the dossier records: absent text is empty, absent lists are empty. */
final class Texts {
  private Texts() {}

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static String requireNonBlank(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return text;
  }
}
