-- Framework versions made in Vakwijzer: a beheerder copies a published version into a concept,
-- edits its items and publishes it; the previous version becomes VERVANGEN.

-- The version a concept was copied from (null for imported and reference versions).
alter table framework
    add column previous_version_id uuid references framework (id);

-- ACTIEF: an item of its version. INGETROKKEN: in a concept, an item that will not be part of
-- the version when it is published (its rows are removed then); in a replaced version, an item
-- that has no successor in the version that replaced it.
alter table framework_item
    add column status varchar(20) not null default 'ACTIEF'
        check (status in ('ACTIEF', 'INGETROKKEN'));

-- The item of the previous version this item was copied from: what the diff and the replacedBy
-- links of a publication follow. Null for items added in the concept (and imported items).
alter table framework_item
    add column source_item_id uuid references framework_item (id) on delete set null;

create index framework_item_source_ix on framework_item (source_item_id);
