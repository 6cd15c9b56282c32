-- Certificates (issue #5, item 7): one verification code per accreditation.
--
-- The code is 12 characters of Crockford's base32 alphabet (digits and capitals without I, L, O
-- and U: nothing to confuse when typing it over), 60 random bits from gen_random_uuid(), which
-- PostgreSQL draws from its cryptographically strong generator. It is shown as
-- VW-XXXX-XXXX-XXXX and stored without prefix and dashes.
--
-- The database issues it: a trigger gives every application a code the first time it reaches an
-- accredited state (GEACCREDITEERD or GEACCREDITEERD_ONDER_VOORWAARDEN), whatever path took it
-- there (decision, objection, conditions met), and never changes it afterwards. Applications that
-- were ever accredited before this migration get theirs below.

create table accreditation.certificate (
  application_id uuid primary key references accreditation.application (id) on delete cascade,
  code           text not null unique check (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
  issued_at      timestamptz not null
);

create function accreditation.new_certificate_code() returns text
  language plpgsql volatile as $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  bytes bytea := uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid());
  code text := '';
begin
  -- 32 symbols: the low five bits of a random byte pick one without bias (the version and variant
  -- bits of a v4 uuid are in bytes 6 and 8; bytes 0-5 and 9-14 are fully random)
  for i in 0..5 loop
    code := code || substr(alphabet, (get_byte(bytes, i) & 31) + 1, 1);
  end loop;
  for i in 16..21 loop
    code := code || substr(alphabet, (get_byte(bytes, i) & 31) + 1, 1);
  end loop;
  return code;
end;
$$;

-- Issues the certificate of one application unless it has one; retries on the (astronomically
-- unlikely) clash with an existing code.
create function accreditation.issue_certificate(application uuid, at timestamptz) returns void
  language plpgsql volatile as $$
begin
  if exists (select 1 from accreditation.certificate where application_id = application) then
    return;
  end if;
  loop
    begin
      insert into accreditation.certificate (application_id, code, issued_at)
      values (application, accreditation.new_certificate_code(), at);
      return;
    exception when unique_violation then
      if exists (select 1 from accreditation.certificate where application_id = application) then
        return;
      end if;
      -- a clashing code: draw again
    end;
  end loop;
end;
$$;

create function accreditation.application_issues_certificate() returns trigger
  language plpgsql as $$
begin
  if new.state in ('GEACCREDITEERD', 'GEACCREDITEERD_ONDER_VOORWAARDEN') then
    perform accreditation.issue_certificate(new.id, coalesce(new.decided_at, now()));
  end if;
  return null;
end;
$$;

create trigger application_certificate
  after insert or update of state on accreditation.application
  for each row execute function accreditation.application_issues_certificate();

-- existing accreditations: accredited now, or accredited once (ended, or in objection against an
-- accreditation)
select accreditation.issue_certificate(a.id, coalesce(a.decided_at, now()))
  from accreditation.application a
 where a.state in ('GEACCREDITEERD', 'GEACCREDITEERD_ONDER_VOORWAARDEN', 'GESCHORST', 'INGETROKKEN', 'VERLOPEN')
    or (a.state = 'BEZWAAR' and a.objection_prior_state in ('GEACCREDITEERD', 'GEACCREDITEERD_ONDER_VOORWAARDEN'));
