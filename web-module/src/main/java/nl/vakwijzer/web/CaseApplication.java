package nl.vakwijzer.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.vakwijzer.web.catalogue.rest.CaseExceptionMapper;
import nl.vakwijzer.web.catalogue.rest.CaseResource;
import nl.vakwijzer.web.rest.ApiAuthenticationFilter;

/**
 * The 1EdTech CASE 1.1 read endpoints live under {@code /ims/case/v1p1}, the path the CASE REST
 * binding prescribes, apart from Vakwijzer's own {@code /api}.
 *
 * <p>The class set is explicit, and {@link RestApplication}'s too: with scanning, each application
 * would also serve the other's resources and apply the other's error mappers. Here errors are
 * {@code imsx_StatusInfo} objects ({@link CaseExceptionMapper}); HTTP Basic works as on
 * {@code /api} (a beheerder sees concept versions), except that wrong credentials are answered by
 * the shared {@link ApiAuthenticationFilter} with a 401 problem+json.
 */
@ApplicationPath("ims/case/v1p1")
public class CaseApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(CaseResource.class, CaseExceptionMapper.class, ApiAuthenticationFilter.class);
  }
}
