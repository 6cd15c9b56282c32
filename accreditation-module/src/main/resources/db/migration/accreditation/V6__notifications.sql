-- Notifications (issue #5 item 8): one row per recipient account, written in the same transaction
-- as the workflow step that causes it (a transactional outbox). The web module shows them as an
-- in-app inbox and e-mails each one once: a dispatcher claims a row for a while
-- (mail_claimed_until), sends, then sets mailed_at; a failed send is retried after the claim runs out.
create table accreditation.notification (
  id                 uuid primary key,
  seq                bigint generated always as identity, -- creation order within one instant
  recipient          uuid not null,
  application_id     uuid not null references accreditation.application (id) on delete cascade,
  kind               text not null check (kind ~ '^[A-Z_]{2,40}$'),
  module_title       text not null,
  arguments          jsonb not null default '{}'::jsonb,
  created_at         timestamptz not null,
  read_at            timestamptz,
  mailed_at          timestamptz,
  mail_claimed_until timestamptz,
  mail_attempts      integer not null default 0,
  mail_error         text
);
create index notification_inbox on accreditation.notification (recipient, created_at desc, seq desc);
create index notification_unmailed on accreditation.notification (created_at, seq) where mailed_at is null;
