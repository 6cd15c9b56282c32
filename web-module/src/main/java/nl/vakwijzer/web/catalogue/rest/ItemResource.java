package nl.vakwijzer.web.catalogue.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One framework item with its associations and its equivalents in other frameworks. */
@Path("v1/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competentiekaders")
public class ItemResource {
  @Inject FrameworkService frameworks;
  @Inject FrameworkAccess access;

  @GET
  @Path("{id}")
  @Operation(
      summary = "One item: parents, children, associations in and out, and equivalents in other frameworks",
      description = "Equivalents are exactMatchOf links (either direction, transitively) and isRelatedTo links"
          + " (one hop). Items and associations of concept versions are shown to a beheerder only.")
  @APIResponse(responseCode = "200", description = "The item")
  @APIResponse(responseCode = "404", description = "No item with this id (or not visible to the caller)")
  public ItemDetailResponse item(
      @Parameter(description = "Item id (UUID, the CFItem identifier)") @PathParam("id") String id) {
    Set<FrameworkId> readable = access.readable();
    ItemDetail item =
        FrameworkAccess.uuid(id)
            .map(ItemId::new)
            .flatMap(frameworks::findItem)
            .filter(i -> readable.contains(i.item().frameworkId()))
            .orElseThrow(() -> new UnknownItemException(id));
    return ItemDetailResponse.of(
        item,
        other -> readable.contains(other.frameworkId()),
        link -> readable.contains(link.declaredBy()) && readable.contains(link.other().frameworkId()));
  }
}
