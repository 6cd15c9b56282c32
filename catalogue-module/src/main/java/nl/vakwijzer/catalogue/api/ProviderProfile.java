package nl.vakwijzer.catalogue.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The public profile of a training provider: who it is (KvK number, optional CRKBO registration),
 * where it is, which regions it serves and whom to contact.
 *
 * <p>As input the KvK number and postcode may be given loosely ({@code "12.34.56.78"},
 * {@code "1234ab"}); {@link ProviderService} stores and returns them in canonical form
 * ({@link KvkNumber}, {@code "1234 AB"}) and refuses anything else with the keys of
 * {@link KvkNumber#INVALID_KEY} and {@link OfferingLocation#POSTCODE_INVALID_KEY}.
 *
 * @param crkboNumber optional: empty or {@code null} when the provider has no CRKBO registration
 * @param regions region codes (see {@link ProviderService#regions()}), at least one
 * @param website optional; {@code http(s)://} is added when missing
 */
public record ProviderProfile(
    @NotBlank(message = "{catalogue.provider.kvk.required}") @Size(max = 20, message = "{catalogue.provider.kvk.invalid.short}")
        String kvkNumber,
    @Size(max = 40, message = "{catalogue.provider.crkbo.size}") String crkboNumber,
    @NotBlank(message = "{catalogue.provider.street.required}") @Size(max = 200, message = "{catalogue.provider.street.size}")
        String street,
    @NotBlank(message = "{catalogue.provider.houseNumber.required}")
        @Size(max = 20, message = "{catalogue.provider.houseNumber.size}")
        String houseNumber,
    @NotBlank(message = "{catalogue.provider.postcode.required}") @Size(max = 10, message = "{catalogue.provider.postcode.invalid.short}")
        String postcode,
    @NotBlank(message = "{catalogue.provider.place.required}") @Size(max = 100, message = "{catalogue.provider.place.size}")
        String place,
    @NotEmpty(message = "{catalogue.provider.regions.required}") List<String> regions,
    @NotBlank(message = "{catalogue.provider.contactName.required}")
        @Size(max = 200, message = "{catalogue.provider.contactName.size}")
        String contactName,
    @NotBlank(message = "{catalogue.provider.contactEmail.required}")
        @Email(message = "{catalogue.account.email.invalid}")
        @Size(max = 254, message = "{catalogue.account.email.invalid}")
        String contactEmail,
    @NotBlank(message = "{catalogue.provider.contactPhone.required}")
        @Pattern(regexp = "\\+?[0-9 ()-]{10,20}", message = "{catalogue.provider.contactPhone.invalid}")
        String contactPhone,
    @Size(max = 300, message = "{catalogue.provider.website.size}")
        @Pattern(regexp = "(?i)((https?://)?[a-z0-9-]+(\\.[a-z0-9-]+)+(:[0-9]{1,5})?(/\\S*)?)?", message = "{catalogue.provider.website.invalid}")
        String website) {

  public ProviderProfile {
    regions = regions == null ? List.of() : List.copyOf(regions);
  }
}
