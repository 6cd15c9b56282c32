package nl.vakwijzer.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

/** A dossier survives the trip to its stored JSON and back, field by field. */
class DossierJsonTest {

  @Test
  void aCompleteDossierReadsBackEqual() {
    DossierBuilder b = DossierBuilder.valid();
    b.teachingMethods.add(TeachingMethod.other("Rollenspel met acteur"));
    b.teachingMethods.add(new TeachingMethod(TeachingMethodKind.COACHING, "individueel"));
    b.offerings.add(new Offering("U2", List.of(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 3, 1)),
        OfferingLocation.ONLINE, 0, OfferingStatus.PLANNED));
    b.claims.add(new Claim(DossierBuilder.SIGNALEREN, ClaimLevel.ofOrdinal(0), ClaimLevel.ofOrdinal(2),
        List.of(), ClaimEvidence.NONE, true));
    b.prices = new Prices(new BigDecimal("895.50"), new BigDecimal("7500.00"));
    ModuleDossier dossier = b.build();

    ModuleDossier read = DossierJson.read(DossierJson.write(dossier));

    assertThat(read).isEqualTo(dossier);
    assertThat(read.prices().inCompany().toPlainString()).isEqualTo("7500.00");
    assertThat(read.size().contactHours()).isEqualTo(new BigDecimal("18"));
    assertThat(read.offerings().get(1).dates()).containsExactly(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31));
    assertThat(read.claims().get(0).from().item()).isEqualTo(DossierBuilder.LEVEL_1);
    assertThat(read.claims().get(1).from().item()).isNull();
  }

  @Test
  void absentDeliveryModePricesAndFractionalHoursReadBack() {
    DossierBuilder b = DossierBuilder.valid();
    b.deliveryMode = null;
    b.prices = new Prices(null, new BigDecimal("0.01"));
    b.size = new nl.vakwijzer.catalogue.api.ModuleSize(new BigDecimal("2.5"), null, 0, 0);
    ModuleDossier dossier = b.build();

    ModuleDossier read = DossierJson.read(DossierJson.write(dossier));

    assertThat(read).isEqualTo(dossier);
    assertThat(read.deliveryMode()).isNull();
    assertThat(read.prices().perParticipant()).isNull();
  }

  @Test
  void anEmptyConceptAndMarkupReadBackVerbatim() {
    ModuleDossier empty = new ModuleDossier("<script>alert('x')</script> & \"quotes\" \u00e9", null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, 0, null, null);

    assertThat(DossierJson.read(DossierJson.write(empty))).isEqualTo(empty);
    assertThat(DossierJson.read("{}")).isEqualTo(new ModuleDossier(null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, 0, null, null));
  }

  @Test
  void explanationsReadBack() {
    Map<String, String> texts = Map.of("NO_TRANSFER@workplaceTransfer", "Zit in de <b>praktijk</b>.");
    assertThat(DossierJson.readTexts(DossierJson.writeTexts(texts))).isEqualTo(texts);
  }
}
