-- An organisation that registered itself waits for a beheerder's approval before it may submit.
-- Existing and beheerder-created organisations are active.
alter table organisation
    add column status varchar(20) not null default 'ACTIEF'
        check (status in ('AANGEMELD', 'ACTIEF', 'AFGEWEZEN'));
