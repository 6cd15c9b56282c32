package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.AccountId;

/** A stored score; {@code carriedOver} when taken from the previous accreditation on renewal. */
public record RecordedScore(
    AccountId auditor, String criterionCode, Score score, String finding, boolean carriedOver, Instant at) {}
