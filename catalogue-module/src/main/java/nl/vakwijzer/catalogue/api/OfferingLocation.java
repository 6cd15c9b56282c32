package nl.vakwijzer.catalogue.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an offering takes place: online, or at an address given by Dutch postcode and municipality
 * (gemeente), so municipalities can search by distance and region.
 *
 * <p>The postcode is stored as {@code "1234 AB"}. Accepted input: four digits (not starting with
 * 0), optional spaces, two letters in either case. The letter pairs SA, SD and SS, which PostNL
 * does not issue, are not refused: whether a postcode exists is for an address lookup to say.
 */
public record OfferingLocation(boolean online, String postcode, String municipality) {
  /** Message key for a refused postcode; argument {0} = the input as given. */
  public static final String POSTCODE_INVALID_KEY = "catalogue.provider.postcode.invalid";

  private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) *([A-Za-z]{2})");

  /** Online: no postcode or municipality. */
  public static final OfferingLocation ONLINE = new OfferingLocation(true, "", "");

  public OfferingLocation {
    postcode = Texts.orEmpty(postcode);
    municipality = Texts.orEmpty(municipality).strip();
    if (online) {
      if (!postcode.isEmpty() || !municipality.isEmpty()) {
        throw new IllegalArgumentException("an online location has no postcode or municipality");
      }
    } else {
      postcode = normalisePostcode(postcode);
      Texts.requireNonBlank(municipality, "municipality");
    }
  }

  /** A physical location; the postcode is parsed leniently (see the class description). */
  public static OfferingLocation at(String postcode, String municipality) {
    return new OfferingLocation(false, postcode, municipality);
  }

  private static String normalisePostcode(String input) {
    var matcher = POSTCODE.matcher(input.strip());
    if (!matcher.matches()) {
      throw new InvalidPostcodeException(input);
    }
    return matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT);
  }
}
