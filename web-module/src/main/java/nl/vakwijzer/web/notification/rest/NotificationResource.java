package nl.vakwijzer.web.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationService;
import nl.vakwijzer.accreditation.api.UnknownNotificationException;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.web.notification.NotificationTexts;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.shared.Bundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own accreditation notifications (any role). Another account's id answers 404. */
@Path("v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meldingen", description = "The caller's accreditation notifications")
public class NotificationResource {
  @Inject Caller caller;
  @Inject AccountService accounts;
  @Inject NotificationService notifications;
  @Context HttpHeaders headers;

  /** One notification as the API shows it: text in the caller's language and the page to act on it. */
  public record NotificationResponse(
      String id, String application, String kind, String text, String path, Instant createdAt, boolean read) {}

  @GET
  @Operation(summary = "The caller's notifications, newest first (at most 200)")
  @SecurityRequirement(name = "basic")
  public List<NotificationResponse> inbox() {
    var locale = Bundle.supported(headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0));
    return notifications.inbox(actor()).stream()
        .map(n -> new NotificationResponse(n.id().toString(), n.application().toString(), n.kind().name(),
            NotificationTexts.text(locale, n), "/" + NotificationTexts.path(n), n.createdAt(), n.isRead()))
        .toList();
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Marks one of the caller's notifications read (204); another account's or an unknown id: 404")
  @SecurityRequirement(name = "basic")
  public void markRead(@PathParam("id") String id) {
    Actor actor = actor();
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    try {
      notifications.markRead(actor, uuid);
    } catch (UnknownNotificationException e) {
      throw new NotFoundException();
    }
  }

  private Actor actor() {
    String username = caller.require();
    return accounts.findByUsername(username)
        .map(a -> new Actor(a.id(), a.organisation().map(OrganisationSummary::id).orElse(null), a.roles()))
        .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Vakwijzer\""));
  }
}
