package nl.vakwijzer.web.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that Maven built, for Arquillian deployments (one per module's in-container tests). */
public final class Deployments {
  private Deployments() {}

  public static WebArchive vakwijzerWar() {
    return ShrinkWrap.create(ZipImporter.class, "vakwijzer.war")
        .importFrom(new File(System.getProperty("vakwijzer.war")))
        .as(WebArchive.class);
  }
}
