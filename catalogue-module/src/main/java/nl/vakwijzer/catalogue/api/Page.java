package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * One page of a longer result.
 *
 * <p>{@code page} is 0-based, {@code size} the requested page size and {@code totalElements} the
 * number of results over all pages.
 */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

  public Page {
    content = List.copyOf(content);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < totalElements;
  }
}
