-- Gap search for municipalities (issue 6): target profiles, teams known only by pseudonymous
-- labels, saved gaps and their in-app notifications. Everything belongs to one GEMEENTE
-- organisation; the service never shows it to another.

create table target_profile (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 200),
    -- the Divosa profile or hoofdtaak it was expanded from, if any (no foreign key: framework
    -- versions come and go, the profile keeps its competencies)
    source_item_id  uuid,
    -- [{"competency": uuid, "requiredLevel": int, "weight": number, "behaviourExamples": [uuid]}]
    competencies    jsonb       not null,
    revision        bigint      not null default 1,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index target_profile_organisation_ix on target_profile (organisation_id);

-- A team: members are pseudonymous labels (^[A-Za-z0-9._-]{1,20}$, checked here too) with their
-- entered levels; 360° scores are kept apart in gap_team_score with the rule that derives levels.
create table gap_team (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 200),
    -- {"sources": "MANAGER_ONLY", "threshold": 4, "requiredShare": 1.0}
    derivation_rule jsonb       not null,
    revision        bigint      not null default 1,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index gap_team_organisation_ix on gap_team (organisation_id);

create table gap_team_member (
    team_id  uuid        not null references gap_team (id) on delete cascade,
    label    varchar(20) not null check (label ~ '^[A-Za-z0-9._-]{1,20}$'),
    position int         not null,
    -- {"<competency uuid>": level ordinal, -1 = below Basis}; absent = not assessed
    levels   jsonb       not null default '{}'::jsonb,
    primary key (team_id, label)
);

create table gap_team_score (
    team_id              uuid        not null references gap_team (id) on delete cascade,
    label                varchar(20) not null,
    behaviour_example_id uuid        not null,
    source               varchar(10) not null check (source in ('SELF', 'MANAGER', 'COLLEAGUE')),
    score                int         not null check (score between 1 and 6)
);
create index gap_team_score_team_ix on gap_team_score (team_id);

create table saved_gap (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 200),
    profile_id      uuid        not null references target_profile (id) on delete cascade,
    team_id         uuid        not null references gap_team (id) on delete cascade,
    -- the GapSearchFilter as json
    filter          jsonb       not null default '{}'::jsonb,
    saved_at        timestamptz not null
);
create index saved_gap_organisation_ix on saved_gap (organisation_id);

-- In-app notification: a newly accredited module ranks in a saved gap's top 10.
create table gap_notification (
    id                uuid        primary key,
    organisation_id   uuid        not null references organisation (id) on delete cascade,
    saved_gap_id      uuid        not null references saved_gap (id) on delete cascade,
    saved_gap_name    text        not null,
    module_version_id uuid        not null references module_version (id) on delete cascade,
    module_title      text        not null,
    rank              int         not null check (rank between 1 and 10),
    created_at        timestamptz not null,
    read_at           timestamptz,
    constraint gap_notification_uq unique (saved_gap_id, module_version_id)
);
create index gap_notification_organisation_ix on gap_notification (organisation_id, created_at desc);
