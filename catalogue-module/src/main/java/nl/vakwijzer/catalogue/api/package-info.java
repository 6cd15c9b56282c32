/**
 * The catalogue module's public face: service interfaces, records, ids and exceptions.
 *
 * <p>{@link nl.vakwijzer.catalogue.api.AccountService} and
 * {@link nl.vakwijzer.catalogue.api.OrganisationService} cover who takes part;
 * {@link nl.vakwijzer.catalogue.api.FrameworkService} covers the competency frameworks (browsing,
 * equivalents across frameworks, CASE 1.1 import) and
 * {@link nl.vakwijzer.catalogue.api.FrameworkEditingService} the beheerder's work on them (new
 * versions, item edits, publication, diffs, crosswalk links). Other modules refer to framework items only by
 * {@link nl.vakwijzer.catalogue.api.ItemId}.
 *
 * <p>Entities never leave the module; callers get records and ids. Every exception extends
 * {@link nl.vakwijzer.catalogue.api.CatalogueException} and carries a message key that the web
 * module resolves in the user's language.
 */
package nl.vakwijzer.catalogue.api;
