package nl.vakwijzer.web.system.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public facts about this Vakwijzer installation. */
@Path("v1/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Systeem", description = "About this installation")
public class SystemResource {
  @Inject
  @ConfigProperty(name = "vakwijzer.demo-data", defaultValue = "false")
  boolean demoData;

  /** Name, API version and whether demo data is loaded. */
  public record SystemInfoResponse(String name, String apiVersion, boolean demoData) {}

  @GET
  @Operation(summary = "Name, API version and demo mode of this installation (public)")
  public SystemInfoResponse info() {
    return new SystemInfoResponse("Vakwijzer", "1", demoData);
  }
}
