package nl.vakwijzer.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.ItemType;
import org.junit.jupiter.api.Test;

class CasePackageWriterTest {

  @Test
  void itemTypeIdentifiersFollowTheReferencePackagesConvention() {
    // values from divosa-2007-competentieprofielen.case.json, CFDefinitions.CFItemTypes
    assertThat(CasePackageWriter.itemTypeId(ItemType.SCALE)).isEqualTo(UUID.fromString("c4814b83-9eab-5b23-a9e5-9c5fc5d33b9d"));
    assertThat(CasePackageWriter.itemTypeId(ItemType.COMPETENCY))
        .isEqualTo(UUID.fromString("d2e73b12-d789-59d1-bd62-9908c0cc9020"));
    assertThat(CasePackageWriter.itemTypeId(ItemType.LEVEL).version()).isEqualTo(5);
  }

  @Test
  void dateTimesAreRfc3339InUtcWithAnExplicitOffset() {
    assertThat(CasePackageWriter.dateTime(OffsetDateTime.parse("2026-11-26T00:00:00Z"))).isEqualTo("2026-11-26T00:00:00+00:00");
    assertThat(CasePackageWriter.dateTime(OffsetDateTime.parse("2026-03-01T10:15:30.250+01:00")))
        .isEqualTo("2026-03-01T09:15:30.25+00:00");
  }
}
