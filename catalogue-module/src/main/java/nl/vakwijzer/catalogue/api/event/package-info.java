/** Events published by the catalogue module: immutable past-tense records, fired after commit. */
package nl.vakwijzer.catalogue.api.event;
