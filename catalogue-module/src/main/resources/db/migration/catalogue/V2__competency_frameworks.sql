-- Competency frameworks, CASE 1.1 shaped: a framework (CFDocument) holds items (CFItem) and declares
-- associations (CFAssociation) between items, possibly items of other frameworks (a crosswalk).
-- Tables are created in the schema Flyway migrates (catalogue); functions are schema-qualified
-- because generated columns and indexes must not depend on the search_path.

-- Accent- and case-insensitive folding for Dutch search. unaccent is a trusted contrib extension
-- (zonky's PostgreSQL 15 and Debian's postgresql-15 ship it); where it cannot be created the
-- fold falls back to translate() over the Latin-1 accented letters, which covers Dutch text.
-- unaccent() itself is only STABLE (its dictionary could change), so the wrapper that names the
-- dictionary explicitly is declared IMMUTABLE, the usual idiom for indexing it.
do $migration$
declare
    ext_schema name;
begin
    begin
        create extension if not exists unaccent with schema catalogue;
    exception when others then
        raise notice 'unaccent unavailable (%), search folding uses translate()', sqlerrm;
    end;
    select n.nspname into ext_schema
      from pg_extension e join pg_namespace n on n.oid = e.extnamespace
     where e.extname = 'unaccent';
    if ext_schema is not null then
        execute format(
            'create function catalogue.search_fold(t text) returns text'
            ' language sql immutable strict parallel safe'
            ' as %L',
            format('select lower(%I.unaccent(%L::regdictionary, t))',
                   ext_schema, quote_ident(ext_schema) || '.unaccent'));
    else
        execute format(
            'create function catalogue.search_fold(t text) returns text'
            ' language sql immutable strict parallel safe'
            ' as %L',
            'select lower(translate(t,'
            ' ''áàâäãåçéèêëíìîïñóòôöõúùûüýÿÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ'','
            ' ''aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY''))');
    end if;
end
$migration$;

-- The item types the model knows (CFItemType codes); labels are reference data for reports and
-- exports, the UI uses its own bundles (catalogue.itemType.<CODE>).
create table item_type (
    code      varchar(40)  primary key,
    label_nl  varchar(100) not null,
    label_en  varchar(100) not null,
    position  int          not null unique
);
insert into item_type (code, label_nl, label_en, position) values
    ('PROFILE',               'Profiel',            'Profile',                1),
    ('HOOFDTAAK',             'Hoofdtaak',          'Main task',              2),
    ('DEELTAAK',              'Deeltaak',           'Subtask',                3),
    ('TASK',                  'Taak',               'Task',                   4),
    ('COMPETENCY',            'Competentie',        'Competency',             5),
    ('LEVEL_DESCRIPTOR',      'Niveaubeschrijving', 'Level descriptor',       6),
    ('BEHAVIOUR_EXAMPLE',     'Gedragsvoorbeeld',   'Behaviour example',      7),
    ('INDICATOR',             'Indicator',          'Indicator',              8),
    ('KNOWLEDGE_AREA',        'Kennisgebied',       'Knowledge area',         9),
    ('ROLE',                  'Rol',                'Role',                  10),
    ('DIMENSION',             'Dimensie',           'Dimension',             11),
    ('CLUSTER',               'Cluster',            'Cluster',               12),
    ('QUALIFICATION_DOSSIER', 'Kwalificatiedossier','Qualification dossier', 13),
    ('DOSSIER_PART',          'Dossierdeel',        'Dossier part',          14),
    ('KERNTAAK',              'Kerntaak',           'Core task',             15),
    ('WERKPROCES',            'Werkproces',         'Work process',          16),
    ('SCALE',                 'Schaal',             'Scale',                 17),
    ('LEVEL',                 'Niveau',             'Level',                 18),
    ('LEARNING_FORM',         'Leervorm',           'Learning form',         19),
    ('LEARNABILITY',          'Leerbaarheid',       'Learnability',          20),
    ('DEFINITION',            'Begrip',             'Definition',            21);

-- One version of a framework. id = the CFDocument identifier. A published version
-- (GEPUBLICEERD, and later VERVANGEN/INGETROKKEN) never changes; reference frameworks are the
-- ones Vakwijzer ships and are read-only.
create table framework (
    id                  uuid         primary key,
    uri                 text         not null,
    code                varchar(60)  not null,
    version             varchar(40)  not null,
    title               text         not null,
    creator             text         not null,
    publisher           text,
    description         text,
    status              varchar(20)  not null
                        check (status in ('CONCEPT', 'GEPUBLICEERD', 'VERVANGEN', 'INGETROKKEN')),
    adoption_status     text,
    language            varchar(20),
    notes               text,
    source_file         text,
    source_section      text,
    publication_date    varchar(20),
    official_source_url text,
    extensions          jsonb,
    reference           boolean      not null default false,
    last_change_at      timestamptz  not null,
    -- SHA-256 of the canonical form of the package it was imported from: an identical re-import
    -- is a no-op, a different one is refused while the version is published
    content_hash        char(64),
    created_at          timestamptz  not null default now(),
    version_no          bigint       not null default 0,
    constraint framework_code_version_uq unique (code, version)
);

create table framework_item (
    id                    uuid         primary key,
    framework_id          uuid         not null references framework (id) on delete cascade,
    uri                   text         not null,
    human_code            varchar(200) not null,
    item_type             varchar(40)  not null references item_type (code),
    full_statement        text         not null,
    abbreviated_statement text,
    notes                 text,
    language              varchar(20),
    extensions            jsonb,
    position              int          not null,  -- 1-based document order (CFItems order)
    last_change_at        timestamptz  not null,
    search_text           text generated always as (
        catalogue.search_fold(human_code || ' ' || coalesce(abbreviated_statement, '') || ' ' || full_statement)
    ) stored,
    search_vector         tsvector generated always as (
        to_tsvector('dutch'::regconfig,
            catalogue.search_fold(coalesce(abbreviated_statement, '') || ' ' || full_statement))
    ) stored,
    constraint framework_item_code_uq unique (framework_id, human_code)
);
create index framework_item_framework_type_ix on framework_item (framework_id, item_type, position);
create index framework_item_search_ix on framework_item using gin (search_vector);

-- framework_id is the document that declares the association; origin and destination may belong
-- to other frameworks (crosswalk, Divosa slots -> PiCompany dictionary).
create table framework_association (
    id                  uuid        primary key,
    framework_id        uuid        not null references framework (id) on delete cascade,
    uri                 text        not null,
    association_type    varchar(60) not null check (association_type in (
                            'isChildOf', 'isPeerOf', 'isPartOf', 'exactMatchOf', 'precedes',
                            'isRelatedTo', 'replacedBy', 'exemplar', 'hasSkillLevel',
                            'isTranslationOf', 'ext:hardToLearn', 'ext:servesCompetency')),
    origin_item_id      uuid        not null references framework_item (id),
    destination_item_id uuid        not null references framework_item (id),
    sequence_number     int,
    notes               text,
    position            int         not null,  -- 1-based order in the declaring package
    last_change_at      timestamptz not null
);
create index framework_association_origin_ix on framework_association (origin_item_id, association_type);
create index framework_association_destination_ix
    on framework_association (destination_item_id, association_type, sequence_number);
create index framework_association_framework_ix on framework_association (framework_id, association_type);
