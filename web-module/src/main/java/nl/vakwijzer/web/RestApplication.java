package nl.vakwijzer.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API lives under {@code /api}; versioned resources under {@code /api/v1}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vakwijzer API",
            version = "1",
            description =
                "Geaccrediteerd opleidingsaanbod voor het sociaal domein. Errors are"
                    + " application/problem+json (RFC 9457) with a Dutch 'detail'."))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "Vakwijzer username and password")
public class RestApplication extends Application {}
