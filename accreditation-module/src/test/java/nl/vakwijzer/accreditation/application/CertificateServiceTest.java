package nl.vakwijzer.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.Certificate;
import nl.vakwijzer.accreditation.api.CertificateCode;
import nl.vakwijzer.accreditation.api.CertificateNotAvailableException;
import nl.vakwijzer.accreditation.api.CertificateStatus;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.ObjectionOutcome;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.accreditation.infrastructure.JdbcApplicationRepository;
import nl.vakwijzer.accreditation.infrastructure.JdbcCertificateRepository;
import nl.vakwijzer.accreditation.infrastructure.TransactionMode;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.Role;
import org.junit.jupiter.api.Test;

/** Certificates through the real services on an embedded PostgreSQL (codes issued by migration V4). */
class CertificateServiceTest {

  private static DefaultCertificateService certificates(Workflow w) {
    return new DefaultCertificateService(w.service, new JdbcApplicationRepository(w.dataSource, TransactionMode.LOCAL),
        new JdbcCertificateRepository(w.dataSource, TransactionMode.LOCAL), w.clock);
  }

  private static ApplicationView accredited(Workflow w, int years) {
    ApplicationView advised = w.advised();
    return w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(years, "Conform advies."));
  }

  @Test
  void anAccreditationGetsOneCodeWithTheAcceptedClaimsAndValidity() {
    Workflow w = new Workflow();
    DefaultCertificateService certificates = certificates(w);
    ApplicationView advised = w.advised();
    assertThatThrownBy(() -> certificates.certificate(w.provider, advised.id()))
        .isInstanceOf(CertificateNotAvailableException.class)
        .extracting(e -> ((AccreditationException) e).messageKey()).isEqualTo(CertificateNotAvailableException.KEY);

    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(3, "Conform."));
    Certificate c = certificates.certificate(w.provider, decided.id());
    assertThat(c.code().formatted()).matches("VW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(c.status()).isEqualTo(CertificateStatus.GELDIG);
    assertThat(c.outcome()).isEqualTo(DecisionOutcome.GEACCREDITEERD);
    assertThat(c.validFrom()).isEqualTo(w.today());
    assertThat(c.validUntil()).isEqualTo(w.today().plusYears(3));
    assertThat(c.validityYears()).isEqualTo(3);
    assertThat(c.moduleTitle()).isEqualTo("Motiverende gespreksvoering");
    assertThat(c.provider()).isEqualTo(w.providerOrg);
    // C1 accepted at level 1 (claimed 2), C2 accepted, C3 rejected and absent
    assertThat(c.acceptedClaims()).extracting(AcceptedClaim::competency).containsExactly(w.c1, w.c2);
    assertThat(c.acceptedClaims().get(0).to().ordinal()).isEqualTo(1);
    assertThat(c.acceptedClaims().get(0).from().ordinal()).isEqualTo(0);

    // the same code for everyone who may see it, and on verification; once only
    assertThat(certificates.certificate(w.coordinator, decided.id()).code()).isEqualTo(c.code());
    assertThat(certificates.certificate(w.besluitnemer, decided.id()).code()).isEqualTo(c.code());
    assertThat(certificates.certificate(w.lead, decided.id()).code()).isEqualTo(c.code());
    assertThat(certificates.verify(c.code())).get().extracting(Certificate::application).isEqualTo(decided.id());
    assertThat(CertificateCode.parse(c.code().formatted().toLowerCase().replace("-", " "))).contains(c.code());
    assertThat(codes(w)).hasSize(1);
  }

  @Test
  void anotherProviderOrAnUninvolvedAuditorSeesNoCertificate() {
    Workflow w = new Workflow();
    ApplicationView decided = accredited(w, 1);
    DefaultCertificateService certificates = certificates(w);
    var stranger = Workflow.actor(new nl.vakwijzer.catalogue.api.OrganisationId(java.util.UUID.randomUUID()), Role.AANBIEDER);
    assertThatThrownBy(() -> certificates.certificate(stranger, decided.id())).isInstanceOf(UnknownApplicationException.class);
    assertThatThrownBy(() -> certificates.certificate(w.third, decided.id())).isInstanceOf(UnknownApplicationException.class);
  }

  @Test
  void theStatusFollowsSuspensionWithdrawalAndExpiryAndTheCodeStays() {
    Workflow w = new Workflow();
    DefaultCertificateService certificates = certificates(w);
    ApplicationView suspended = accredited(w, 1);
    CertificateCode code = certificates.certificate(w.provider, suspended.id()).code();
    suspended = w.service.suspend(w.coordinator, suspended.id(), suspended.revision(), "Klachten van deelnemers.");
    assertThat(certificates.verify(code).orElseThrow().status()).isEqualTo(CertificateStatus.GESCHORST);
    assertThat(certificates.certificate(w.provider, suspended.id()).code()).isEqualTo(code);

    Workflow w2 = new Workflow();
    DefaultCertificateService certificates2 = certificates(w2);
    ApplicationView withdrawn = accredited(w2, 1);
    CertificateCode code2 = certificates2.certificate(w2.coordinator, withdrawn.id()).code();
    w2.service.withdraw(w2.coordinator, withdrawn.id(), withdrawn.revision(), "Niet meer aangeboden.");
    assertThat(certificates2.verify(code2).orElseThrow().status()).isEqualTo(CertificateStatus.INGETROKKEN);

    Workflow w3 = new Workflow();
    DefaultCertificateService certificates3 = certificates(w3);
    ApplicationView expiring = accredited(w3, 1);
    CertificateCode code3 = certificates3.certificate(w3.provider, expiring.id()).code();
    w3.clock.advanceDays(367);
    // expired by date even before the daily clock ran, and after it ran
    assertThat(certificates3.verify(code3).orElseThrow().status()).isEqualTo(CertificateStatus.VERLOPEN);
    assertThat(w3.service.expire(w3.today())).containsExactly(expiring.id());
    assertThat(certificates3.verify(code3).orElseThrow().status()).isEqualTo(CertificateStatus.VERLOPEN);
    assertThat(codes(w3)).hasSize(1);
  }

  @Test
  void anObjectionKeepsTheCodeAndAnAccreditationOnObjectionGetsOne() {
    Workflow w = new Workflow();
    DefaultCertificateService certificates = certificates(w);
    ApplicationView advised = w.advised();
    ApplicationView rejected = w.service.decide(w.besluitnemer, advised.id(), advised.revision(),
        DecisionRequest.reject("Afgewezen.", Map.of("EFF-OMVANG", "Te kort voor drie claims.")));
    assertThatThrownBy(() -> certificates.certificate(w.provider, rejected.id())).isInstanceOf(CertificateNotAvailableException.class);
    ApplicationView objected = w.service.lodgeObjection(w.provider, rejected.id(), rejected.revision(), "De omvang is 40 uur.");
    ApplicationView handled = w.service.assignObjectionHandlers(w.coordinator, objected.id(), objected.revision(),
        w.third.account(), w.fourth.account());
    w.service.declareNoConflict(w.third, handled.id());
    ApplicationView ready = w.service.declareNoConflict(w.fourth, handled.id());
    ApplicationView changed = w.service.decideObjection(w.fourth, ready.id(), ready.revision(), ObjectionOutcome.GEWIJZIGD,
        DecisionRequest.accredit(1, "Omvang blijkt voldoende."), "Bezwaar gegrond.");
    Certificate c = certificates.certificate(w.provider, changed.id());
    assertThat(c.status()).isEqualTo(CertificateStatus.GELDIG);
    assertThat(c.validUntil()).isEqualTo(w.today().plusYears(1));

    assertThat(codes(w)).hasSize(1);

    // an objection against an accreditation: the decision stays in force, the code stays
    Workflow w2 = new Workflow();
    DefaultCertificateService certificates2 = certificates(w2);
    ApplicationView decided = accredited(w2, 3);
    CertificateCode code = certificates2.certificate(w2.provider, decided.id()).code();
    ApplicationView objectedAgain = w2.service.lodgeObjection(w2.provider, decided.id(), decided.revision(), "Claim C3 ten onrechte afgewezen.");
    assertThat(certificates2.verify(code).orElseThrow().status()).isEqualTo(CertificateStatus.GELDIG);
    assertThat(certificates2.certificate(w2.provider, objectedAgain.id()).code()).isEqualTo(code);
    assertThat(codes(w2)).hasSize(1);
  }

  @Test
  void codesAreUniqueAndUnknownOrMalformedCodesFindNothing() throws SQLException {
    Workflow w = new Workflow();
    DefaultCertificateService certificates = certificates(w);
    assertThat(certificates.verify(CertificateCode.parse("VW-0000-0000-0000").orElseThrow())).isEmpty();
    assertThat(CertificateCode.parse("VW-ABCD-EFGH-JKM")).isEmpty();
    assertThat(CertificateCode.parse("VW-ABCD-EFGH-JKMU")).isEmpty(); // U is not in the alphabet
    assertThat(CertificateCode.parse("<script>")).isEmpty();
    assertThat(CertificateCode.parse(null)).isEmpty();
    assertThat(CertificateCode.parse("vw-abcd-efgh-jkmo")).contains(new CertificateCode("ABCDEFGHJKM0"));
    assertThat(CertificateCode.parse("ABCD EFGH JKMI")).contains(new CertificateCode("ABCDEFGHJKM1"));

    // the database's generator: many codes, all well-formed and distinct, characters spread
    Set<String> seen = new HashSet<>();
    Set<Character> characters = new HashSet<>();
    try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select accreditation.new_certificate_code() from generate_series(1, 5000)")) {
      while (rs.next()) {
        String code = rs.getString(1);
        assertThat(new CertificateCode(code).value()).isEqualTo(code);
        seen.add(code);
        code.chars().forEach(ch -> characters.add((char) ch));
      }
    }
    assertThat(seen).hasSize(5000);
    assertThat(characters).hasSize(CertificateCode.ALPHABET.length());
  }

  private static List<String> codes(Workflow w) {
    try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select code from accreditation.certificate")) {
      List<String> codes = new java.util.ArrayList<>();
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
      return codes;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
