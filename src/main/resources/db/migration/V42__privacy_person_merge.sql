-- The merges are privacy's data, but V18 (a reporting migration) created their table. Privacy
-- takes it over here (ADR 0018): the same table, constraints and index, rebuilt by privacy's own
-- migration with every row moved, and published to reporting as a view. V18's trigger that moved
-- the facts on a merge goes with the old table; privacy.MergeDesk now asks reporting's root API to
-- move them, in the same transaction as the merge. No grants exist on the table (the application
-- owns every schema), so none are to be carried over.
alter table privacy.person_merge rename to person_merge_v18;
alter table privacy.person_merge_v18 rename constraint person_merge_pkey to person_merge_v18_pkey;
alter table privacy.person_merge_v18 rename constraint person_merge_tenant_id_fkey to person_merge_v18_tenant_id_fkey;
alter index privacy.person_merge_canonical_idx rename to person_merge_v18_canonical_idx;

-- Two addresses that staff recognised as one person (e.g. a teacher's school and private address).
-- Participations under the alias count for the canonical address; chains are kept flat by
-- MergeDesk (an alias always points at an address that is no alias itself).
create table privacy.person_merge (
    tenant_id            uuid         not null constraint person_merge_tenant_id_fkey references identity.tenant (id),
    alias_email          varchar(254) not null,
    canonical_email      varchar(254) not null,
    merged_at            timestamptz  not null default now(),
    merged_by            uuid,
    merged_by_name       varchar(200) not null,
    constraint person_merge_pkey primary key (tenant_id, alias_email),
    constraint person_merge_check check (alias_email <> canonical_email)
);

insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_at, merged_by, merged_by_name)
select tenant_id, alias_email, canonical_email, merged_at, merged_by, merged_by_name from privacy.person_merge_v18;

drop table privacy.person_merge_v18;

create index person_merge_canonical_idx on privacy.person_merge (tenant_id, canonical_email);

-- Published (privacy's package-info): which address of a tenant was merged into which. Reporting
-- reads it to count an alias's participations for the canonical address, and its deletion trigger
-- deletes through it the merges whose addresses no registration uses any more (ADR 0012).
create view privacy.v_person_merge as
select tenant_id, alias_email, canonical_email from privacy.person_merge;
