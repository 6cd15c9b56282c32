-- Gap search at catalogue scale (bench/gap-search.sh): the search reads only versions with an
-- accepted claim that closes a level step for someone in the team, found per competency by the
-- claim's accepted levels. This partial index answers that with an index-only scan; the claims of
-- the found versions are then read through the primary key (version_id, competency_id).
create index module_claim_gap_ix on module_claim (competency_id, accepted_to_ordinal)
    include (version_id, accepted_from_ordinal) where accepted;
