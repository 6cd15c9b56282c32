package nl.vakwijzer.catalogue.api.gap;

import java.time.Instant;

/** An in-app notification of a {@link GapAlert}; {@code readAt} null while unread. */
public record GapNotification(GapAlert alert, Instant createdAt, Instant readAt) {}
