/**
 * Accreditation notifications in the web module: the inbox page ({@code account/meldingen.xhtml})
 * and REST, their texts and links, and the dispatcher that e-mails stored notifications once.
 */
package nl.vakwijzer.web.notification;
