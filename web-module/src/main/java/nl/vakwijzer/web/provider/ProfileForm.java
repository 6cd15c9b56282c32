package nl.vakwijzer.web.provider;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vakwijzer.catalogue.api.ProviderProfile;

/** The profile inputs a registration and the profile page share; ids on the pages equal the names. */
public class ProfileForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Input ids of the profile part of a form. */
  static final Set<String> FIELDS =
      Set.of("kvkNumber", "crkboNumber", "street", "houseNumber", "postcode", "place", "regions", "contactName",
          "contactEmail", "contactPhone", "website");

  private String kvkNumber;
  private String crkboNumber;
  private String street;
  private String houseNumber;
  private String postcode;
  private String place;
  private List<String> regions = new ArrayList<>();
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String website;

  ProviderProfile toProfile() {
    return new ProviderProfile(kvkNumber, crkboNumber, street, houseNumber, postcode, place, regions, contactName,
        contactEmail, contactPhone, website);
  }

  static ProfileForm of(ProviderProfile p) {
    ProfileForm f = new ProfileForm();
    if (p != null) {
      f.kvkNumber = p.kvkNumber();
      f.crkboNumber = p.crkboNumber();
      f.street = p.street();
      f.houseNumber = p.houseNumber();
      f.postcode = p.postcode();
      f.place = p.place();
      f.regions = new ArrayList<>(p.regions());
      f.contactName = p.contactName();
      f.contactEmail = p.contactEmail();
      f.contactPhone = p.contactPhone();
      f.website = p.website();
    }
    return f;
  }

  public String getKvkNumber() { return kvkNumber; }
  public void setKvkNumber(String v) { kvkNumber = v; }
  public String getCrkboNumber() { return crkboNumber; }
  public void setCrkboNumber(String v) { crkboNumber = v; }
  public String getStreet() { return street; }
  public void setStreet(String v) { street = v; }
  public String getHouseNumber() { return houseNumber; }
  public void setHouseNumber(String v) { houseNumber = v; }
  public String getPostcode() { return postcode; }
  public void setPostcode(String v) { postcode = v; }
  public String getPlace() { return place; }
  public void setPlace(String v) { place = v; }
  public List<String> getRegions() { return regions; }
  public void setRegions(List<String> v) { regions = v == null ? new ArrayList<>() : v; }
  public String getContactName() { return contactName; }
  public void setContactName(String v) { contactName = v; }
  public String getContactEmail() { return contactEmail; }
  public void setContactEmail(String v) { contactEmail = v; }
  public String getContactPhone() { return contactPhone; }
  public void setContactPhone(String v) { contactPhone = v; }
  public String getWebsite() { return website; }
  public void setWebsite(String v) { website = v; }
}
