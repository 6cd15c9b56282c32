-- Gap search read model (issue #6, bench/gap-search.sh): the search keeps the accredited supply in
-- memory (JdbcGapStore.AccreditedSupply) and reloads only what changed. Every change that can alter
-- a version's place in that supply (the version row itself, any of its claims, its provider's name,
-- its deletion) gives the version a new supply revision from one sequence; a search compares the
-- highest revision with the one it has loaded, one index-only lookup.
create sequence supply_revision_seq;

alter table module_version add column supply_revision bigint not null default 0;
update module_version set supply_revision = nextval('supply_revision_seq');
create index module_version_supply_revision_ix on module_version (supply_revision);

-- deleted versions, so that a loaded copy can drop them
create table supply_tombstone (
    version_id      uuid   not null,
    supply_revision bigint not null default nextval('catalogue.supply_revision_seq')
);
create index supply_tombstone_revision_ix on supply_tombstone (supply_revision);

create function bump_supply_revision() returns trigger language plpgsql as $$
begin
  -- Take a transaction id before the revision: a reader that sees no transaction in progress then
  -- knows that every revision up to the highest it sees is committed (or rolled back), so none can
  -- still appear below it later.
  perform pg_current_xact_id();
  new.supply_revision := nextval('catalogue.supply_revision_seq');
  return new;
end $$;

create trigger module_version_supply_revision before insert or update on module_version
    for each row execute function bump_supply_revision();

create function module_claim_supply_changed() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update catalogue.module_version set supply_revision = 0 where id = old.version_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.version_id <> old.version_id) then
    update catalogue.module_version set supply_revision = 0 where id = new.version_id;
  end if;
  return null;
end $$;

create trigger module_claim_supply_revision after insert or update or delete on module_claim
    for each row execute function module_claim_supply_changed();

create function module_version_supply_deleted() returns trigger language plpgsql as $$
begin
  perform pg_current_xact_id();
  insert into catalogue.supply_tombstone (version_id) values (old.id);
  return null;
end $$;

create trigger module_version_supply_deleted after delete on module_version
    for each row execute function module_version_supply_deleted();

create function organisation_supply_changed() returns trigger language plpgsql as $$
begin
  update catalogue.module_version v set supply_revision = 0
    from catalogue.module m
   where m.id = v.module_id and m.organisation_id = new.id and v.status = 'GEACCREDITEERD';
  return null;
end $$;

create trigger organisation_supply_revision after update of name on organisation
    for each row when (old.name is distinct from new.name) execute function organisation_supply_changed();
