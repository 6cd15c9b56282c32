/**
 * The accreditation module's public face (service interfaces, records, ids, exceptions). The
 * workflow itself is issue #5; until then the module only owns its schema.
 */
package nl.vakwijzer.accreditation.api;
