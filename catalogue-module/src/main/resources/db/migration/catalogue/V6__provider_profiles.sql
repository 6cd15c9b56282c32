-- Provider profiles, self-registration, organisation admins and colleague invitations.

-- The regions a provider serves: the twelve provinces and "landelijk". Kept as data, so a
-- switch to the 35 arbeidsmarktregio's is a migration, not a code change.
create table region (
    code     varchar(30)  primary key,
    name     varchar(100) not null,
    position int          not null
);
insert into region (code, name, position) values
    ('LANDELIJK', 'Landelijk', 0),
    ('GRONINGEN', 'Groningen', 1),
    ('FRYSLAN', 'Fryslân', 2),
    ('DRENTHE', 'Drenthe', 3),
    ('OVERIJSSEL', 'Overijssel', 4),
    ('FLEVOLAND', 'Flevoland', 5),
    ('GELDERLAND', 'Gelderland', 6),
    ('UTRECHT', 'Utrecht', 7),
    ('NOORD_HOLLAND', 'Noord-Holland', 8),
    ('ZUID_HOLLAND', 'Zuid-Holland', 9),
    ('ZEELAND', 'Zeeland', 10),
    ('NOORD_BRABANT', 'Noord-Brabant', 11),
    ('LIMBURG', 'Limburg', 12);

-- One profile per provider organisation; the KvK number identifies the provider.
create table provider_profile (
    organisation_id  uuid primary key references organisation (id) on delete cascade,
    kvk_number       char(8)      not null check (kvk_number ~ '^[0-9]{8}$'),
    crkbo_number     varchar(40),
    street           varchar(200) not null,
    house_number     varchar(20)  not null,
    postcode         char(7)      not null check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    place            varchar(100) not null,
    contact_name     varchar(200) not null,
    contact_email    varchar(254) not null,
    contact_phone    varchar(30)  not null,
    website          varchar(300),
    registered_at    timestamptz  not null default now(),
    decided_at       timestamptz,
    decided_by       uuid references account (id),
    rejection_reason varchar(2000),
    version          bigint       not null default 0
);
create unique index provider_profile_kvk_uq on provider_profile (kvk_number);

create table provider_region (
    organisation_id uuid        not null references provider_profile (organisation_id) on delete cascade,
    region_code     varchar(30) not null references region (code),
    primary key (organisation_id, region_code)
);

-- An organisation admin invites colleagues and edits the profile.
alter table account add column organisation_admin boolean not null default false;

-- A colleague's account waits, inactive and without username or password, until the invitee
-- accepts the invitation and chooses both. Only the SHA-256 hash of the token is stored; it is
-- single-use and expires.
alter table account alter column username drop not null;
alter table account alter column password_hash drop not null;
alter table account add constraint account_active_has_credentials
    check (not active or (username is not null and password_hash is not null));

create table invitation (
    token_hash  char(64)    primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    invited_by  uuid        not null references account (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index invitation_account_ix on invitation (account_id);
