package nl.vakwijzer.catalogue.domain;

import java.util.List;

/**
 * A CASE 1.1 CFPackage as read: one document with its items and the associations it declares.
 *
 * <p>{@code document} is {@code null} when the package has no readable CFDocument; such a package
 * is never stored, but its items are still checked so that all problems are reported at once.
 */
public record CasePackage(
    CaseDocument document, List<CaseItem> items, List<CaseAssociation> associations) {

  public CasePackage {
    items = List.copyOf(items);
    associations = List.copyOf(associations);
  }
}
