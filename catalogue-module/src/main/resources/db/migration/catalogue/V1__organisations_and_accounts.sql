-- Organisations and the accounts that sign in on their behalf.
create table organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    type        varchar(30)  not null check (type in ('AANBIEDER', 'GEMEENTE', 'ACCREDITATIEORGAAN')),
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create unique index organisation_name_uq on organisation (lower(name));

create table account (
    id                  uuid primary key,
    username            varchar(80)  not null check (username = lower(username)),
    display_name        varchar(200) not null,
    email               varchar(254) not null,
    password_hash       varchar(512) not null,
    organisation_id     uuid references organisation (id),
    active              boolean      not null default true,
    created_at          timestamptz  not null default now(),
    password_changed_at timestamptz,
    version             bigint       not null default 0
);
create unique index account_username_uq on account (username);
create index account_organisation_ix on account (organisation_id);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(20) not null check (role in ('BEHEERDER', 'AANBIEDER', 'AUDITOR', 'BESLUITNEMER', 'GEMEENTE')),
    primary key (account_id, role)
);
