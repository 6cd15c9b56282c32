-- Catalogue text search read model (issue #6): the search keeps an in-memory index of the
-- accredited catalogue (JdbcCatalogueSearchStore / CatalogueIndex), current by the supply revision
-- of V11. Its region filter and facet depend on the regions the provider serves, so a change of
-- those gives the provider's accredited versions a new revision too (as a new provider name does).
create function provider_region_supply_changed() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update catalogue.module_version v set supply_revision = 0
      from catalogue.module m
     where m.id = v.module_id and m.organisation_id = old.organisation_id and v.status = 'GEACCREDITEERD';
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.organisation_id <> old.organisation_id) then
    update catalogue.module_version v set supply_revision = 0
      from catalogue.module m
     where m.id = v.module_id and m.organisation_id = new.organisation_id and v.status = 'GEACCREDITEERD';
  end if;
  return null;
end $$;

create trigger provider_region_supply_revision after insert or update or delete on provider_region
    for each row execute function provider_region_supply_changed();
