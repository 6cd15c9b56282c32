/**
 * The catalogue module's public face: service interfaces, records, ids and exceptions.
 *
 * <p>{@link nl.vakwijzer.catalogue.api.AccountService} and
 * {@link nl.vakwijzer.catalogue.api.OrganisationService} cover who takes part;
 * {@link nl.vakwijzer.catalogue.api.FrameworkService} covers the competency frameworks (browsing,
 * equivalents across frameworks, CASE 1.1 import and export) and
 * {@link nl.vakwijzer.catalogue.api.FrameworkEditingService} the beheerder's work on them (new
 * versions, item edits, publication, diffs, crosswalk links). Other modules refer to framework items only by
 * {@link nl.vakwijzer.catalogue.api.ItemId}.
 *
 * <p>Training providers: {@link nl.vakwijzer.catalogue.api.KvkNumber} (and optionally a {@link
 * nl.vakwijzer.catalogue.api.CrkboRegistration}) identifies a provider
 * organisation; {@link nl.vakwijzer.catalogue.api.ModuleDossier} is the immutable dossier of one
 * module version, with its {@link nl.vakwijzer.catalogue.api.Claim}s on framework competencies.
 * The pre-submission check reports {@link nl.vakwijzer.catalogue.api.Finding}s in a {@link
 * nl.vakwijzer.catalogue.api.CheckReport}; the material-change rule is the {@link
 * nl.vakwijzer.catalogue.api.DossierAspect} table and yields a {@link
 * nl.vakwijzer.catalogue.api.MaterialChangeVerdict}. The rules themselves live in the module's
 * {@code domain} package.
 *
 * <p>Entities never leave the module; callers get records and ids. Every exception extends
 * {@link nl.vakwijzer.catalogue.api.CatalogueException} and carries a message key that the web
 * module resolves in the user's language.
 */
package nl.vakwijzer.catalogue.api;
