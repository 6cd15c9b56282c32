/**
 * Public api of municipality profiles (issue 6, item 1): the CBS gemeentecode, the
 * arbeidsmarktregio and, for an inter-municipal service (ISD/RSD), the municipalities it serves.
 */
package nl.vakwijzer.catalogue.api.municipality;
