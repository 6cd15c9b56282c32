/**
 * The accreditation module's public face: {@link nl.vakwijzer.accreditation.api.AccreditationService}
 * (the workflow for one module version), {@link
 * nl.vakwijzer.accreditation.api.AssessmentFrameworkService} (the versioned toetsingskader), {@link
 * nl.vakwijzer.accreditation.api.AuditorPoolService} and {@link
 * nl.vakwijzer.accreditation.api.CertificateService} (certificates and their verification), with their records, ids and exceptions
 * (each carrying a message key). Nothing else of the module may be used by other modules.
 */
package nl.vakwijzer.accreditation.api;
