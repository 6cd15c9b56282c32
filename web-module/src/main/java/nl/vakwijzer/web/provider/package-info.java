/**
 * Provider pages: self-registration ({@code registreren.xhtml}), the beheerder's approval of
 * registrations ({@code beheer/aanbieders.xhtml}), the organisation admin's profile and colleague
 * invitations ({@code aanbieder/organisatie.xhtml}), the invitee's page ({@code uitnodiging.xhtml})
 * and the invitation e-mail.
 */
package nl.vakwijzer.web.provider;
