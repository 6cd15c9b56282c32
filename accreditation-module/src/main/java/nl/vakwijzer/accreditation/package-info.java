/**
 * The accreditation module: applications for a module version, their review against the
 * assessment framework (toetsingskader), the verdict per competency claim and the decision.
 *
 * <p>It may use {@code nl.vakwijzer.catalogue.api} and nothing else of the catalogue module; the
 * catalogue module never depends on it. It owns the PostgreSQL schema {@code accreditation} and
 * its Flyway migrations in {@code db/migration/accreditation}.
 */
package nl.vakwijzer.accreditation;
