/**
 * The catalogue module's public face: service interfaces, records, ids and exceptions.
 *
 * <p>Entities never leave the module; callers get records and ids. Every exception extends
 * {@link nl.vakwijzer.catalogue.api.CatalogueException} and carries a message key that the web
 * module resolves in the user's language.
 */
package nl.vakwijzer.catalogue.api;
