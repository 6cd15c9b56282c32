package nl.vakwijzer.web.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Lets pages ask for a field's marks: {@code #{dossierFields.of('TITLE').required}}. */
@Named
@ApplicationScoped
public class DossierFields {
  public DossierField of(String name) {
    return DossierField.named(name);
  }
}
