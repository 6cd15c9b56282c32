package nl.vakwijzer.catalogue.api;

/** Another provider already registered this KvK number; argument {0} = the number. */
public class DuplicateKvkNumberException extends CatalogueException {
  public DuplicateKvkNumberException(String kvkNumber) {
    super("catalogue.provider.kvk.taken", kvkNumber);
  }
}
