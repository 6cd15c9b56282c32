/**
 * The public catalogue search (issue 6, item 10): anonymous Dutch full-text search over the
 * accredited offer with facets. Only versions accredited on the reference date (GEACCREDITEERD,
 * not past their end date) are found, and only their accepted claims at the accepted levels are
 * shown or filtered on. Facet labels that the web module translates (levels, delivery modes, price
 * ranges, periods) are codes; competency and region labels come from the data.
 */
package nl.vakwijzer.catalogue.api.search;
