package nl.vakwijzer.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationStatus;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;

/** An organisation that takes part in Vakwijzer. Names are unique, case-insensitively. */
@Entity
@Table(schema = "catalogue", name = "organisation")
@NamedQuery(name = "Organisation.all", query = "select o from Organisation o order by o.name")
@NamedQuery(
    name = "Organisation.byName",
    query = "select o from Organisation o where lower(o.name) = lower(:name)")
public class Organisation {
  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private OrganisationType type;

  /** Self-registered providers start AANGEMELD (written by the provider repository); others ACTIEF. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrganisationStatus status = OrganisationStatus.ACTIEF;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, OrganisationType type, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.name = name.strip();
    this.type = type;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC); // EclipseLink 4 maps OffsetDateTime, not Instant
  }

  public OrganisationId id() {
    return new OrganisationId(id);
  }

  public String name() {
    return name;
  }

  public OrganisationType type() {
    return type;
  }

  public OrganisationStatus status() {
    return status;
  }

  public OrganisationSummary toSummary() {
    return new OrganisationSummary(id(), name, type);
  }
}
