/**
 * The beheerder's pages for competency frameworks ({@code /beheer/kaders/}): the versions of every
 * framework, the concept editor, the differences between two versions, CASE import and the
 * crosswalk. Only a beheerder reaches them ({@code /beheer/*} in {@code web.xml}); the beans call
 * only the catalogue's api.
 */
package nl.vakwijzer.web.catalogue.admin;
