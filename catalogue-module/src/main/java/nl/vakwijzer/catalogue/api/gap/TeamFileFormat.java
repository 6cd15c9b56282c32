package nl.vakwijzer.catalogue.api.gap;

/** The upload/download formats of a team's levels. */
public enum TeamFileFormat {
  CSV("text/csv", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extension;

  TeamFileFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
