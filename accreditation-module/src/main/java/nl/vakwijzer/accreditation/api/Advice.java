package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.AccountId;

/** The lead auditor's advice as stored (the consolidated verdicts are in the application). */
public record Advice(DecisionOutcome proposedOutcome, int validityYears, String motivation, AccountId by, Instant at) {}
