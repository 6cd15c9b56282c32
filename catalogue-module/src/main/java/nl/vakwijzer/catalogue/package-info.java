/**
 * The catalogue module: who takes part in Vakwijzer (organisations and their accounts), the
 * sector's competency frameworks, training modules and the search over the accredited offer.
 *
 * <p>Only {@code nl.vakwijzer.catalogue.api} (and {@code api.event}) may be used by other modules;
 * everything else is internal. The module owns the PostgreSQL schema {@code catalogue} and its
 * Flyway migrations in {@code db/migration/catalogue}. It never depends on the accreditation
 * module.
 */
package nl.vakwijzer.catalogue;
