package nl.vakwijzer.web.provider;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Map;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.DuplicateKvkNumberException;
import nl.vakwijzer.catalogue.api.DuplicateOrganisationException;
import nl.vakwijzer.catalogue.api.DuplicateUsernameException;
import nl.vakwijzer.catalogue.api.InvalidCrkboRegistrationException;
import nl.vakwijzer.catalogue.api.InvalidKvkNumberException;
import nl.vakwijzer.catalogue.api.InvalidPostcodeException;
import nl.vakwijzer.catalogue.api.InvalidProviderDataException;
import nl.vakwijzer.catalogue.api.PasswordPolicyException;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Puts a refused provider form's message next to the field it is about: the field is known from
 * the exception type, from {@link InvalidProviderDataException#field()}, or from a Bean Validation
 * property path (its last node, e.g. {@code profile.kvkNumber} → {@code kvkNumber}). Input ids on
 * the pages equal these names.
 */
final class ProviderFormErrors {
  private static final Map<Class<? extends CatalogueException>, String> FIELDS =
      Map.of(
          DuplicateOrganisationException.class, "organisationName",
          DuplicateKvkNumberException.class, "kvkNumber",
          InvalidKvkNumberException.class, "kvkNumber",
          InvalidPostcodeException.class, "postcode",
          InvalidCrkboRegistrationException.class, "crkboNumber",
          DuplicateUsernameException.class, "username",
          PasswordPolicyException.class, "password");

  private ProviderFormErrors() {}

  /** Shows the exception's message on its field in {@code form} when the form has it, else globally. */
  static void show(FacesMessages messages, String form, java.util.Set<String> fields, CatalogueException e) {
    String field = e instanceof InvalidProviderDataException invalid ? invalid.field() : FIELDS.get(e.getClass());
    if (field != null && fields.contains(field)) {
      messages.errorFor(form + ":" + field, e.messageKey(), e.arguments().toArray());
    } else {
      messages.error(e);
    }
  }

  static void show(FacesMessages messages, String form, java.util.Set<String> fields, ConstraintViolationException e) {
    boolean global = false;
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      String field = null;
      for (Path.Node node : violation.getPropertyPath()) {
        field = node.getName();
      }
      if (field != null && fields.contains(field)) {
        messages.violationFor(form + ":" + field, violation);
      } else {
        global = true;
      }
    }
    if (global) {
      messages.error(e);
    }
  }
}
