-- Provider portal: training modules, their versions (the unit that is accredited), the claims of
-- each version in normalised form (queried by the gap search for accredited supply) and
-- attachments. The dossier itself is jsonb (mapped by DossierJson); its title is repeated in a
-- column for listing and sorting.

create table module (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    created_at      timestamptz not null default now()
);
create index module_organisation_ix on module (organisation_id);

create table module_version (
    id                  uuid         primary key,
    module_id           uuid         not null references module (id) on delete cascade,
    number              int          not null check (number > 0),
    status              varchar(20)  not null check (status in ('CONCEPT', 'INGEDIEND', 'GEACCREDITEERD',
                            'AFGEWEZEN', 'VERLOPEN', 'GESCHORST', 'INGETROKKEN', 'VERVANGEN')),
    accreditation_stage varchar(60),
    -- optimistic locking: every change raises it; a change is made "where revision = ?"
    revision            bigint       not null default 0,
    title               text         not null,
    dossier             jsonb        not null,
    -- the provider's explanations of check warnings, keyed by finding id
    explanations        jsonb        not null default '{}'::jsonb,
    -- the aanvraagcheck as it ran at submission
    check_report        jsonb,
    based_on            uuid         references module_version (id) on delete set null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    updated_by          uuid         references account (id) on delete set null,
    submitted_at        timestamptz,
    accredited_until    date,
    constraint module_version_number_uq unique (module_id, number)
);
-- at most one open concept per module
create unique index module_version_one_concept_ux on module_version (module_id) where status = 'CONCEPT';
-- at most one accredited version per module
create unique index module_version_one_accredited_ux on module_version (module_id) where status = 'GEACCREDITEERD';
create index module_version_status_ix on module_version (status);

-- One row per claim of a version. No foreign key to framework_item: a concept may still name an
-- item that the check reports; framework_code is filled from the item when it exists.
create table module_claim (
    version_id                     uuid        not null references module_version (id) on delete cascade,
    competency_id                  uuid        not null,
    framework_code                 varchar(60),
    position                       int         not null,
    from_ordinal                   int         not null check (from_ordinal >= 0),
    to_ordinal                     int         not null check (to_ordinal >= 0),
    from_level_id                  uuid,
    to_level_id                    uuid,
    behaviour_example_ids          uuid[]      not null default '{}',
    -- filled by accreditation: only accepted claims, at their accepted levels, are searchable
    accepted                       boolean     not null default false,
    accepted_from_ordinal          int,
    accepted_to_ordinal            int,
    accepted_from_level_id         uuid,
    accepted_to_level_id           uuid,
    accepted_behaviour_example_ids uuid[],
    primary key (version_id, competency_id)
);
create index module_claim_competency_ix on module_claim (competency_id, accepted);

create table module_attachment (
    id          uuid         primary key,
    version_id  uuid         not null references module_version (id) on delete cascade,
    kind        varchar(20)  not null check (kind in ('SYLLABUS', 'TRAINER_CV', 'OTHER')),
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size        bigint       not null check (size > 0 and size <= 10485760),
    sha256      char(64)     not null,
    content     bytea        not null,
    uploaded_at timestamptz  not null
);
create index module_attachment_version_ix on module_attachment (version_id);

-- The accredited supply the gap search reads: accepted claims of versions that are accredited now
-- (GEACCREDITEERD and not past their end date, also before a job has marked them VERLOPEN).
create view accredited_claim as
select c.competency_id, c.framework_code, c.accepted_from_ordinal as from_ordinal,
       c.accepted_to_ordinal as to_ordinal, c.accepted_from_level_id as from_level_id,
       c.accepted_to_level_id as to_level_id, c.accepted_behaviour_example_ids as behaviour_example_ids,
       v.id as version_id, v.module_id, m.organisation_id, v.title, v.accredited_until
  from module_claim c
  join module_version v on v.id = c.version_id
  join module m on m.id = v.module_id
 where c.accepted
   and v.status = 'GEACCREDITEERD'
   and (v.accredited_until is null or v.accredited_until >= current_date);
