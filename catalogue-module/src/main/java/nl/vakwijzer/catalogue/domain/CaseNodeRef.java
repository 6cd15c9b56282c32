package nl.vakwijzer.catalogue.domain;

import java.util.UUID;

/** The origin or destination of a CASE association: {@code {title, identifier, uri}}. */
public record CaseNodeRef(String title, UUID identifier, String uri) {}
