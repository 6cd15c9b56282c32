/**
 * Accreditation pages after and around the decision: the provider's view of its applications
 * (timeline, objection, evidence for conditions), the beheerder's aftercare (timeline with CSV/PDF
 * export, suspension and withdrawal, objection handlers, the assessment framework, the auditor pool,
 * the daily clock) and the auditors' objection handling and condition checks.
 */
package nl.vakwijzer.web.accreditation;
