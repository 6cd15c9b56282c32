package nl.vakwijzer.accreditation.api;

/**
 * CDI event fired in the transaction that stored new notifications; observe it after success to
 * e-mail them (the stored rows are the truth: a missed event only delays the mail until the next
 * periodic dispatch).
 */
public record NotificationsStored(int count) {}
