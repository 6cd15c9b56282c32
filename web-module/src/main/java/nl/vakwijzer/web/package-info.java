/**
 * Vakwijzer's web module: every UI page (Faces/PrimeFaces), REST resource and health check, and
 * the composition root (datasource, migrations, security, demo data). Backing beans and resources
 * call only the {@code api} packages of the domain modules.
 */
package nl.vakwijzer.web;
