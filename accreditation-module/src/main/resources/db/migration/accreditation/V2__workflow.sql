-- Accreditation workflow (issue #5): assessment framework versions, auditor pool, applications
-- with their assignments, reviews, advice, decision, conditions and objection, and the
-- append-only audit trail.

-- ------------------------------------------------------------------ assessment framework

create table accreditation.assessment_framework (
  id            uuid primary key,
  version       integer not null unique check (version > 0),
  status        text not null check (status in ('CONCEPT', 'GEPUBLICEERD', 'VERVANGEN')),
  revision      bigint not null default 0,
  created_at    timestamptz not null,
  published_at  timestamptz
);
-- at most one concept and one published version at a time
create unique index assessment_framework_one_concept on accreditation.assessment_framework (status)
  where status in ('CONCEPT', 'GEPUBLICEERD');

create table accreditation.criterion (
  framework_id  uuid not null references accreditation.assessment_framework (id) on delete cascade,
  code          text not null check (code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
  criterion_group text not null check (criterion_group in ('CURRICULUM', 'TRAINERS', 'KWALITEITSBORGING', 'EFFECTIVITEIT')),
  position      integer not null,
  title         text not null check (length(title) between 1 and 200),
  description   text not null check (length(description) <= 4000),
  guidance      text not null check (length(guidance) <= 4000),
  knock_out     boolean not null,
  primary key (framework_id, code)
);

-- ------------------------------------------------------------------ auditor pool

create table accreditation.auditor (
  account_id     uuid primary key,
  display_name   text not null check (length(display_name) between 1 and 200),
  framework_codes text[] not null,
  profile_codes  text[] not null,
  capacity       integer not null check (capacity between 0 and 100),
  active         boolean not null,
  updated_at     timestamptz not null
);

create table accreditation.auditor_affiliation (
  account_id      uuid not null references accreditation.auditor (account_id) on delete cascade,
  organisation_id uuid not null,
  valid_from      date not null,
  valid_until     date,
  description     text not null default '' check (length(description) <= 500),
  check (valid_until is null or valid_until >= valid_from)
);
create index auditor_affiliation_org on accreditation.auditor_affiliation (organisation_id);

-- ------------------------------------------------------------------ applications

create table accreditation.application (
  id                   uuid primary key,
  module_version_id    uuid not null,
  module_id            uuid not null,
  provider_id          uuid not null,
  version_number       integer not null,
  module_title         text not null,
  framework_id         uuid not null references accreditation.assessment_framework (id),
  state                text not null,
  revision             bigint not null default 0,
  submitted_at         timestamptz not null,
  received_at          timestamptz not null,
  resubmission_of      uuid references accreditation.application (id),
  previous_accredited  uuid references accreditation.application (id),
  decision_maker       uuid,
  expertise_frameworks text[] not null default '{}',
  expertise_profiles   text[] not null default '{}',
  return_reasons       text,
  advice_outcome       text,
  advice_motivation    text,
  advice_validity_years integer,
  advised_by           uuid,
  advised_at           timestamptz,
  decision_outcome     text,
  decision_motivation  text,
  decided_by           uuid,
  decided_at           timestamptz,
  valid_until          date,
  rejection_reasons    jsonb not null default '{}', -- criterion code -> reason (AFGEWEZEN)
  objection_grounds    text,
  objection_lodged_at  timestamptz,
  objection_prior_state text,
  objection_outcome    text,
  objection_motivation text,
  ended_reason         text,
  unique (module_version_id, submitted_at)
);
-- one live application per module version; returned ones stay as history
create unique index application_one_live_per_version on accreditation.application (module_version_id)
  where state <> 'TERUGGESTUURD';
create index application_state on accreditation.application (state);
create index application_module on accreditation.application (module_id);

create table accreditation.application_claim (
  application_id     uuid not null references accreditation.application (id) on delete cascade,
  competency         uuid not null,
  from_item          uuid,
  from_ordinal       integer not null,
  to_item            uuid,
  to_ordinal         integer not null,
  behaviour_examples uuid[] not null,
  position           integer not null,
  primary key (application_id, competency)
);

create table accreditation.assignment (
  application_id uuid not null references accreditation.application (id) on delete cascade,
  account_id     uuid not null,
  assignment_role text not null check (assignment_role in ('LEAD', 'SECOND', 'OBJECTION')),
  status         text not null check (status in ('PENDING', 'CONFIRMED', 'RECUSED')),
  assigned_at    timestamptz not null,
  declared_at    timestamptz,
  recusal_reason text,
  review_submitted_at timestamptz,
  position       integer not null,
  primary key (application_id, position)
);
create index assignment_account on accreditation.assignment (account_id);

create table accreditation.criterion_score (
  application_id uuid not null references accreditation.application (id) on delete cascade,
  account_id     uuid not null,
  criterion_code text not null,
  score          text not null check (score in ('VOLDOET', 'VOLDOET_GEDEELTELIJK', 'VOLDOET_NIET', 'NIET_VAN_TOEPASSING')),
  finding        text not null default '' check (length(finding) <= 4000),
  carried_over   boolean not null default false,
  scored_at      timestamptz not null,
  primary key (application_id, account_id, criterion_code),
  check (score in ('VOLDOET', 'NIET_VAN_TOEPASSING') or length(btrim(finding)) > 0)
);

create table accreditation.claim_verdict (
  application_id uuid not null references accreditation.application (id) on delete cascade,
  account_id     uuid not null, -- the lead's consolidated verdicts use the advice marker below
  competency     uuid not null,
  verdict        text not null check (verdict in ('ACCEPT', 'ACCEPT_LOWER', 'REJECT')),
  accepted_to_item uuid,
  accepted_to_ordinal integer,
  reason         text not null default '' check (length(reason) <= 4000),
  carried_over   boolean not null default false,
  consolidated   boolean not null default false,
  given_at       timestamptz not null,
  primary key (application_id, account_id, competency, consolidated),
  check (verdict <> 'REJECT' or length(btrim(reason)) > 0),
  check (verdict <> 'ACCEPT_LOWER' or accepted_to_ordinal is not null)
);

create table accreditation.observation (
  application_id    uuid not null references accreditation.application (id) on delete cascade,
  competency        uuid not null,
  behaviour_example uuid not null,
  result            text check (result in ('GEZIEN', 'DEELS_GEZIEN', 'NIET_GEZIEN')),
  note              text not null default '' check (length(note) <= 4000),
  observed_by       uuid,
  observed_at       timestamptz,
  primary key (application_id, competency, behaviour_example)
);

create table accreditation.accreditation_condition (
  id             uuid primary key,
  application_id uuid not null references accreditation.application (id) on delete cascade,
  description    text not null check (length(description) between 1 and 2000),
  deadline       date not null,
  status         text not null check (status in ('OPEN', 'BEWIJS_INGEDIEND', 'VOLDAAN', 'NIET_VOLDAAN')),
  evidence_reference text,
  evidence_at    timestamptz,
  checked_by     uuid,
  checked_at     timestamptz,
  check_note     text,
  position       integer not null
);
create index condition_application on accreditation.accreditation_condition (application_id);

-- each reminder (90 / 30 days before the end of validity) is sent at most once per application
create table accreditation.reminder (
  application_id uuid not null references accreditation.application (id) on delete cascade,
  days_before    integer not null,
  valid_until    date not null,
  sent_at        timestamptz not null,
  primary key (application_id, days_before, valid_until)
);

-- ------------------------------------------------------------------ audit trail

create table accreditation.audit_entry (
  id             bigint generated always as identity primary key,
  application_id uuid,
  at             timestamptz not null,
  actor          uuid,
  action         text not null,
  details        jsonb not null default '{}'
);
create index audit_entry_application on accreditation.audit_entry (application_id, id);

-- Append-only whatever role connects: the trigger refuses every change of an existing row (also
-- for the table owner, who is not subject to REVOKE), and the REVOKE makes the intent explicit.
create function accreditation.audit_entry_is_append_only() returns trigger
  language plpgsql as $$
begin
  raise exception 'accreditation.audit_entry is append-only (% refused)', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_delete
  before update or delete on accreditation.audit_entry
  for each row execute function accreditation.audit_entry_is_append_only();

create trigger audit_entry_no_truncate
  before truncate on accreditation.audit_entry
  for each statement execute function accreditation.audit_entry_is_append_only();

revoke update, delete, truncate on accreditation.audit_entry from public;
