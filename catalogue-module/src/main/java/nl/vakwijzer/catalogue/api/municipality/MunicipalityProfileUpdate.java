package nl.vakwijzer.catalogue.api.municipality;

import java.util.List;

/**
 * The profile as a form sends it: raw texts, validated by the service (so every problem gets its
 * Dutch message key). {@code region} is the enum name or the display name.
 */
public record MunicipalityProfileUpdate(
    String code, String region, boolean interMunicipalService, List<String> servedCodes) {
  public MunicipalityProfileUpdate {
    servedCodes = servedCodes == null ? List.of() : List.copyOf(servedCodes);
  }
}
