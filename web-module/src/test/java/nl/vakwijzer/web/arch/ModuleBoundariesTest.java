package nl.vakwijzer.web.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules Maven cannot enforce: other code reaches a module only through its
 * {@code api} package, catalogue never depends on accreditation, and domain code stays free of
 * UI and HTTP frameworks.
 */
@AnalyzeClasses(
    packages = "nl.vakwijzer",
    importOptions = {ImportOption.DoNotIncludeTests.class, ModuleBoundariesTest.DoNotIncludeTestJars.class})
class ModuleBoundariesTest {

  /** catalogue-module's test helpers reach web-module's tests as a test-jar; they are not product code. */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }

  @ArchTest
  static final ArchRule catalogue_internals_are_private =
      noClasses()
          .that().resideOutsideOfPackage("nl.vakwijzer.catalogue..")
          .should().dependOnClassesThat(
              resideInAPackage("nl.vakwijzer.catalogue..").and(not(resideInAPackage("nl.vakwijzer.catalogue.api.."))))
          .because("other modules and the web layer use only the catalogue's api package");

  @ArchTest
  static final ArchRule accreditation_internals_are_private =
      noClasses()
          .that().resideOutsideOfPackage("nl.vakwijzer.accreditation..")
          .should().dependOnClassesThat(
              resideInAPackage("nl.vakwijzer.accreditation..").and(not(resideInAPackage("nl.vakwijzer.accreditation.api.."))))
          .because("the web layer uses only the accreditation's api package");

  @ArchTest
  static final ArchRule catalogue_never_depends_on_accreditation =
      noClasses()
          .that().resideInAPackage("nl.vakwijzer.catalogue..")
          .should().dependOnClassesThat().resideInAPackage("nl.vakwijzer.accreditation..")
          .because("the dependency direction is accreditation -> catalogue, never the reverse");

  @ArchTest
  static final ArchRule domain_modules_never_depend_on_the_web_module =
      noClasses()
          .that().resideInAnyPackage("nl.vakwijzer.catalogue..", "nl.vakwijzer.accreditation..")
          .should().dependOnClassesThat().resideInAPackage("nl.vakwijzer.web..");

  @ArchTest
  static final ArchRule domain_modules_are_free_of_ui_and_http =
      noClasses()
          .that().resideInAnyPackage("nl.vakwijzer.catalogue..", "nl.vakwijzer.accreditation..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..", "jakarta.servlet..")
          .because("all UI and HTTP live in web-module");

  @ArchTest
  static final ArchRule domain_layer_does_not_reach_up =
      noClasses()
          .that().resideInAPackage("..domain..")
          .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..");

  @ArchTest
  static final ArchRule application_layer_does_not_reach_into_infrastructure =
      noClasses()
          .that().resideInAPackage("..application..")
          .should().dependOnClassesThat().resideInAPackage("..infrastructure..");

  @ArchTest
  static final ArchRule no_cycles_between_modules =
      slices().matching("nl.vakwijzer.(*)..").should().beFreeOfCycles();
}
