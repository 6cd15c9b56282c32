package nl.vakwijzer.web.gap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.municipality.Arbeidsmarktregio;
import nl.vakwijzer.catalogue.api.municipality.InvalidMunicipalityProfileException;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfile;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfileUpdate;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityService;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/** The municipality's own profile: CBS gemeentecode, arbeidsmarktregio, ISD serving several. */
@Named
@ViewScoped
public class MunicipalityProfileView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient MunicipalityService municipalities;
  @Inject transient ProviderActor actors;
  @Inject transient FacesMessages messages;

  private String code;
  private String region;
  private boolean interMunicipalService;
  private String served;
  private long revision;
  private boolean loaded;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Actor actor = actors.require();
    municipalities.profile(actor, actor.organisation()).ifPresent(this::show);
  }

  private void show(MunicipalityProfile p) {
    code = p.code() == null ? null : p.code().value();
    region = p.region() == null ? null : p.region().name();
    interMunicipalService = p.interMunicipalService();
    served = p.served().stream().map(Object::toString).collect(Collectors.joining(", "));
    revision = p.revision();
  }

  public void save() {
    Actor actor = actors.require();
    List<String> codes = served == null || served.isBlank() ? List.of()
        : Arrays.stream(served.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    try {
      show(municipalities.update(actor, actor.organisation(), revision,
          new MunicipalityProfileUpdate(code, region, interMunicipalService, codes)));
      messages.info("gemeente.profile.saved");
    } catch (InvalidMunicipalityProfileException e) {
      String field = switch (e.messageKey()) {
        case InvalidMunicipalityProfileException.CODE_INVALID, InvalidMunicipalityProfileException.CODE_TAKEN -> "profile:code";
        case InvalidMunicipalityProfileException.REGION_INVALID -> "profile:region";
        default -> "profile:served";
      };
      messages.errorFor(field, e.messageKey(), e.arguments().toArray());
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  public List<Arbeidsmarktregio> getRegions() {
    return municipalities.regions();
  }

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getRegion() { return region; }
  public void setRegion(String region) { this.region = region; }
  public boolean isInterMunicipalService() { return interMunicipalService; }
  public void setInterMunicipalService(boolean v) { this.interMunicipalService = v; }
  public String getServed() { return served; }
  public void setServed(String served) { this.served = served; }
}
