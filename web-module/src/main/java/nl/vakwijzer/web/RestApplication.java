package nl.vakwijzer.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.vakwijzer.web.account.rest.AccountResource;
import nl.vakwijzer.web.catalogue.rest.FrameworkResource;
import nl.vakwijzer.web.catalogue.rest.ItemResource;
import nl.vakwijzer.web.provider.rest.ProviderModuleResource;
import nl.vakwijzer.web.rest.ApiAuthenticationFilter;
import nl.vakwijzer.web.rest.ProblemMappers;
import nl.vakwijzer.web.system.rest.SystemResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API lives under {@code /api}; versioned resources under {@code /api/v1}.
 *
 * <p>The resources and providers are listed explicitly rather than scanned, so that the CASE
 * endpoints of {@link CaseApplication} (and their imsx error mapper) stay out of {@code /api}. A
 * new resource or provider must be added here; {@code RestApplicationsTest} fails until it is.
 */
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
public class RestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        AccountResource.class,
        SystemResource.class,
        FrameworkResource.class,
        ItemResource.class,
        ProviderModuleResource.class,
        nl.vakwijzer.web.gap.rest.GapResource.class,
        nl.vakwijzer.web.accreditation.rest.CertificateResource.class,
        nl.vakwijzer.web.accreditation.rest.ApplicationResource.class,
        nl.vakwijzer.web.catalogue.rest.ModuleSearchResource.class,
        nl.vakwijzer.web.gap.rest.GapSearchResource.class,
        nl.vakwijzer.web.gap.rest.LearningPathResource.class,
        nl.vakwijzer.web.notification.rest.NotificationResource.class,
        ApiAuthenticationFilter.class,
        ProblemMappers.CatalogueExceptionMapper.class,
        ProblemMappers.AccreditationExceptionMapper.class,
        ProblemMappers.InvalidParametersMapper.class,
        ProblemMappers.ConstraintViolationMapper.class,
        ProblemMappers.WebApplicationExceptionMapper.class,
        ProblemMappers.UnexpectedExceptionMapper.class);
  }
}
