-- Public catalogue search (issue #6, item 10): Dutch full-text search over accredited module
-- versions. The search document is a stored generated column of module_version, so it always
-- matches the dossier it is computed from; the GIN index is partial (only GEACCREDITEERD rows), so
-- a version enters the index when it is accredited and leaves it when it is replaced, expires,
-- is suspended or withdrawn. The end date (accredited_until) and the accepted claims are checked
-- at query time, as in the accredited_claim view.

-- Hyphenated compounds are indexed both as written ("re-integratie": re, integratie) and joined
-- ("reintegratie"), so a query with or without the hyphen (or with a diaeresis: "reïntegratie",
-- folded by search_fold) finds them.
create function catalogue.search_fold_compounds(t text) returns text
    language sql immutable strict parallel safe
as $$
    select catalogue.search_fold(t || ' ' || coalesce(array_to_string(array(
        select replace(m[1], '-', '')
          from regexp_matches(t, '([[:alpha:]]+(?:-[[:alpha:]]+)+)', 'g') as m), ' '), ''))
$$;

-- The query side: folded, and hyphens inside words removed ("re-integratie" -> "reintegratie").
create function catalogue.search_fold_query(t text) returns text
    language sql immutable strict parallel safe
as $$
    select catalogue.search_fold(regexp_replace(t, '([[:alpha:]])-(?=[[:alpha:]])', '\1', 'g'))
$$;

-- Title weighs most (A), summary and target group next (B), the curriculum texts last (C).
alter table module_version add column search_vector tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, catalogue.search_fold_compounds(title)), 'A')
    || setweight(to_tsvector('dutch'::regconfig, catalogue.search_fold_compounds(
           coalesce(dossier ->> 'summary', '') || ' ' || coalesce(dossier ->> 'targetGroup', ''))), 'B')
    || setweight(to_tsvector('dutch'::regconfig, catalogue.search_fold_compounds(
           coalesce(dossier ->> 'educationalVision', '') || ' '
           || coalesce(jsonb_path_query_array(dossier, '$.coreContents[*]')::text, '') || ' '
           || coalesce(jsonb_path_query_array(dossier, '$.objectives[*].text')::text, '') || ' '
           || coalesce(jsonb_path_query_array(dossier, '$.teachingMethods[*].label')::text, ''))), 'C')
) stored;

-- What the dossier does not hold: the names of the accepted competencies and of the provider. Kept
-- by triggers on module_claim (accreditation sets "accepted") and organisation (a new name), so one
-- query term may match the title and another the competency ("netwerken" + "wijkteam").
alter table module_version add column extra_vector tsvector;

create function catalogue.module_extra_vector(target uuid) returns tsvector
    language sql stable
as $$
    select setweight(to_tsvector('dutch'::regconfig, catalogue.search_fold_compounds(coalesce((
               select string_agg(coalesce(i.abbreviated_statement, '') || ' ' || i.full_statement, ' ')
                 from catalogue.module_claim c join catalogue.framework_item i on i.id = c.competency_id
                where c.version_id = target and c.accepted), ''))), 'B')
        || setweight(to_tsvector('dutch'::regconfig, catalogue.search_fold_compounds(coalesce((
               select o.name from catalogue.module_version v
                 join catalogue.module m on m.id = v.module_id
                 join catalogue.organisation o on o.id = m.organisation_id
                where v.id = target), ''))), 'D')
$$;

create function catalogue.module_claim_search_trigger() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update catalogue.module_version set extra_vector = catalogue.module_extra_vector(old.version_id)
         where id = old.version_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.version_id is distinct from old.version_id) then
        update catalogue.module_version set extra_vector = catalogue.module_extra_vector(new.version_id)
         where id = new.version_id;
    end if;
    return null;
end
$$;

create trigger module_claim_search after insert or update or delete on module_claim
    for each row execute function catalogue.module_claim_search_trigger();

create function catalogue.organisation_search_trigger() returns trigger
    language plpgsql
as $$
begin
    update catalogue.module_version v set extra_vector = catalogue.module_extra_vector(v.id)
      from catalogue.module m where m.id = v.module_id and m.organisation_id = new.id;
    return null;
end
$$;

create trigger organisation_search after update of name on organisation
    for each row when (old.name is distinct from new.name)
    execute function catalogue.organisation_search_trigger();

update module_version set extra_vector = catalogue.module_extra_vector(id);

-- Only accredited versions are in the index: a version enters it when accredited and leaves it
-- when replaced, expired, suspended or withdrawn. Queries use exactly this expression.
create index module_version_search_ix on module_version
    using gin ((search_vector || coalesce(extra_vector, ''::tsvector)))
    where status = 'GEACCREDITEERD';

-- Accepted claims by version, for the facets and the competency/level filters.
create index module_claim_accepted_version_ix on module_claim (version_id, competency_id, accepted_to_ordinal)
    where accepted;
