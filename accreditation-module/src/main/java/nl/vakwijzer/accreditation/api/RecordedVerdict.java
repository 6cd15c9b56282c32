package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * A stored claim verdict of one auditor, or (with {@code consolidated}) of the lead's advice.
 * {@code acceptedTo} is the level at which the claim is accepted (the claimed to-level for
 * ACCEPT), {@code null} for REJECT.
 */
public record RecordedVerdict(
    AccountId auditor,
    ItemId competency,
    VerdictType type,
    ClaimLevel acceptedTo,
    String reason,
    boolean carriedOver,
    boolean consolidated,
    Instant at) {}
