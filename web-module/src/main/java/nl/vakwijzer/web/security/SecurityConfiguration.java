package nl.vakwijzer.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through the Faces page {@code /login.xhtml}; credentials are checked by
 * {@link AccountIdentityStore}. Page access per role is declared in {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.BEHEERDER, Roles.AANBIEDER, Roles.AUDITOR, Roles.BESLUITNEMER, Roles.GEMEENTE})
@ApplicationScoped
public class SecurityConfiguration {}
