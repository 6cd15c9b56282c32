package nl.vakwijzer.accreditation.api;

import nl.vakwijzer.catalogue.api.AccountId;

/**
 * An auditor the system proposes for an application, best first: {@code expertiseMatch} is the
 * number of the application's framework and profile codes the auditor knows, {@code
 * openApplications} the current workload. Conflicted auditors are never proposed.
 */
public record AuditorProposal(
    AccountId account, String displayName, int expertiseMatch, int openApplications, int capacity) {}
