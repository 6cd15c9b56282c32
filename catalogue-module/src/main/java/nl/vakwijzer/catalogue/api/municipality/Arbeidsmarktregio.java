package nl.vakwijzer.catalogue.api.municipality;

/**
 * The 35 arbeidsmarktregio's (labour-market regions) in which Dutch municipalities cooperate on
 * work and income. The names are shown as they are; they are proper names, not translated.
 */
public enum Arbeidsmarktregio {
  GRONINGEN("Groningen"),
  FRIESLAND("Friesland"),
  DRENTHE("Drenthe"),
  REGIO_ZWOLLE("Regio Zwolle"),
  TWENTE("Twente"),
  STEDENDRIEHOEK_EN_NOORDWEST_VELUWE("Stedendriehoek en Noordwest Veluwe"),
  ACHTERHOEK("Achterhoek"),
  MIDDEN_GELDERLAND("Midden-Gelderland"),
  RIJK_VAN_NIJMEGEN("Rijk van Nijmegen"),
  FOODVALLEY("FoodValley"),
  RIVIERENLAND("Rivierenland"),
  MIDDEN_UTRECHT("Midden-Utrecht"),
  AMERSFOORT("Amersfoort"),
  FLEVOLAND("Flevoland"),
  NOORD_HOLLAND_NOORD("Noord-Holland Noord"),
  ZAANSTREEK_WATERLAND("Zaanstreek/Waterland"),
  GROOT_AMSTERDAM("Groot Amsterdam"),
  GOOI_EN_VECHTSTREEK("Gooi en Vechtstreek"),
  ZUID_KENNEMERLAND_EN_IJMOND("Zuid-Kennemerland en IJmond"),
  HOLLAND_RIJNLAND("Holland Rijnland"),
  MIDDEN_HOLLAND("Midden-Holland"),
  HAAGLANDEN("Haaglanden"),
  ZUID_HOLLAND_CENTRAAL("Zuid-Holland Centraal"),
  RIJNMOND("Rijnmond"),
  DRECHTSTEDEN("Drechtsteden"),
  GORINCHEM("Gorinchem"),
  ZEELAND("Zeeland"),
  WEST_BRABANT("West-Brabant"),
  MIDDEN_BRABANT("Midden-Brabant"),
  NOORDOOST_BRABANT("Noordoost-Brabant"),
  ZUIDOOST_BRABANT("Zuidoost-Brabant"),
  HELMOND_DE_PEEL("Helmond-De Peel"),
  NOORD_LIMBURG("Noord-Limburg"),
  MIDDEN_LIMBURG("Midden-Limburg"),
  ZUID_LIMBURG("Zuid-Limburg");

  private final String displayName;

  Arbeidsmarktregio(String displayName) {
    this.displayName = displayName;
  }

  /** The region's proper name, e.g. "Groot Amsterdam". */
  public String displayName() {
    return displayName;
  }

  /** The region by its enum name or its display name (case-insensitive). */
  public static Arbeidsmarktregio parse(String text) {
    if (text != null) {
      String t = text.strip();
      for (Arbeidsmarktregio r : values()) {
        if (r.name().equalsIgnoreCase(t) || r.displayName.equalsIgnoreCase(t)) {
          return r;
        }
      }
    }
    throw new InvalidMunicipalityProfileException(
        InvalidMunicipalityProfileException.REGION_INVALID, text == null ? "" : text);
  }
}
