package nl.vakwijzer.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.DuplicateOrganisationException;
import nl.vakwijzer.catalogue.api.DuplicateUsernameException;
import nl.vakwijzer.catalogue.api.InvalidAccountException;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.NewOrganisation;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.PasswordPolicyException;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.api.WrongPasswordException;
import nl.vakwijzer.web.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue module inside the real WAR on Payara Micro, against real PostgreSQL: its CDI
 * services, JPA mappings, constraints and migrations.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueInContainerIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.vakwijzerWar().addClass(Deployments.class);
  }

  @Inject AccountService accounts;
  @Inject OrganisationService organisations;

  @Resource(lookup = "java:app/jdbc/vakwijzer")
  DataSource dataSource;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private OrganisationSummary provider() {
    return organisations.create(new NewOrganisation(unique("Opleider"), OrganisationType.AANBIEDER));
  }

  @Test
  void migrationsCreatedBothModuleSchemasWithTheirHistory() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "select count(*) from catalogue.flyway_schema_history where success")) {
      rs.next();
      assertTrue(rs.getInt(1) >= 1);
    }
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "select count(*) from accreditation.flyway_schema_history where success")) {
      rs.next();
      assertTrue(rs.getInt(1) >= 1);
    }
  }

  @Test
  void createdAccountSignsInWithItsPasswordOnlyAndCaseInsensitively() {
    OrganisationSummary provider = provider();
    String username = unique("Docent");
    AccountSummary created = accounts.create(new NewAccount(
        username, "Anna de Boer", "anna@example.nl", EnumSet.of(Role.AANBIEDER), provider.id(), "geheim-wachtwoord-1"));

    assertEquals(username.toLowerCase(), created.username());
    assertEquals(provider.id(), created.organisation().orElseThrow().id());
    assertTrue(accounts.verifyCredentials(username.toUpperCase(), "geheim-wachtwoord-1").isPresent());
    assertEquals(EnumSet.of(Role.AANBIEDER),
        accounts.verifyCredentials(username, "geheim-wachtwoord-1").orElseThrow().roles());
    assertFalse(accounts.verifyCredentials(username, "verkeerd-wachtwoord").isPresent());
    assertFalse(accounts.verifyCredentials(unique("onbekend"), "geheim-wachtwoord-1").isPresent());
  }

  @Test
  void usernamesAreUniqueIgnoringCase() {
    OrganisationSummary provider = provider();
    String username = unique("dubbel");
    accounts.create(new NewAccount(username, "Een", "een@example.nl", EnumSet.of(Role.AANBIEDER), provider.id(), "wachtwoord-123"));
    assertThrows(DuplicateUsernameException.class, () -> accounts.create(new NewAccount(
        username.toUpperCase(), "Twee", "twee@example.nl", EnumSet.of(Role.AANBIEDER), provider.id(), "wachtwoord-123")));
  }

  @Test
  void providerAndMunicipalityAccountsMustBelongToTheirKindOfOrganisation() {
    OrganisationSummary municipality =
        organisations.create(new NewOrganisation(unique("Gemeente"), OrganisationType.GEMEENTE));
    assertThrows(InvalidAccountException.class, () -> accounts.create(new NewAccount(
        unique("x"), "X", "x@example.nl", EnumSet.of(Role.AANBIEDER), municipality.id(), "wachtwoord-123")));
    assertThrows(InvalidAccountException.class, () -> accounts.create(new NewAccount(
        unique("y"), "Y", "y@example.nl", EnumSet.of(Role.GEMEENTE), null, "wachtwoord-123")));
    assertThrows(UnknownOrganisationException.class, () -> accounts.create(new NewAccount(
        unique("z"), "Z", "z@example.nl", EnumSet.of(Role.AANBIEDER), new OrganisationId(UUID.randomUUID()), "wachtwoord-123")));
  }

  @Test
  void weakPasswordsAndInvalidInputAreRefusedAndNothingIsStored() {
    OrganisationSummary provider = provider();
    String username = unique("zwak");
    assertThrows(PasswordPolicyException.class, () -> accounts.create(new NewAccount(
        username, "Zwak", "zwak@example.nl", EnumSet.of(Role.AANBIEDER), provider.id(), "kort1")));
    assertThrows(PasswordPolicyException.class, () -> accounts.create(new NewAccount(
        username, "Zwak", "zwak@example.nl", EnumSet.of(Role.AANBIEDER), provider.id(), "alleenletters")));
    assertThrows(ConstraintViolationException.class, () -> accounts.create(new NewAccount(
        username, "Zwak", "geen-email", EnumSet.of(Role.AANBIEDER), provider.id(), "wachtwoord-123")));
    assertThrows(ConstraintViolationException.class, () -> accounts.create(new NewAccount(
        "a b", "Zwak", "zwak@example.nl", EnumSet.of(Role.AANBIEDER), provider.id(), "wachtwoord-123")));
    assertFalse(accounts.exists(username));
  }

  @Test
  void passwordChangeNeedsTheCurrentPasswordAndAStrongNewOne() {
    OrganisationSummary provider = provider();
    String username = unique("wissel");
    accounts.create(new NewAccount(username, "W", "w@example.nl", EnumSet.of(Role.AANBIEDER), provider.id(), "oud-wachtwoord-1"));

    assertThrows(WrongPasswordException.class, () -> accounts.changePassword(username, "fout-wachtwoord", "nieuw-wachtwoord-2"));
    assertThrows(PasswordPolicyException.class, () -> accounts.changePassword(username, "oud-wachtwoord-1", "kort"));
    accounts.changePassword(username, "oud-wachtwoord-1", "nieuw-wachtwoord-2");

    assertFalse(accounts.verifyCredentials(username, "oud-wachtwoord-1").isPresent());
    assertTrue(accounts.verifyCredentials(username, "nieuw-wachtwoord-2").isPresent());
  }

  @Test
  void organisationNamesAreUniqueIgnoringCaseAndSpaces() {
    String name = unique("Gemeente Dubbel");
    organisations.create(new NewOrganisation(name, OrganisationType.GEMEENTE));
    assertThrows(DuplicateOrganisationException.class,
        () -> organisations.create(new NewOrganisation("  " + name.toUpperCase() + " ", OrganisationType.GEMEENTE)));
    assertTrue(organisations.findByName(name.toLowerCase()).isPresent());
  }
}
