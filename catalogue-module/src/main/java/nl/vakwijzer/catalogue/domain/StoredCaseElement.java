package nl.vakwijzer.catalogue.domain;

import nl.vakwijzer.catalogue.api.FrameworkStatus;

/**
 * A stored CASE element (document, item or association) with the framework version it belongs to:
 * {@code document} links to that version ({@code title}, {@code identifier}, {@code uri}) and
 * {@code status} is its status, so that callers can decide who may read it.
 */
public record StoredCaseElement<T>(T element, CaseNodeRef document, FrameworkStatus status) {}
