-- A tenant administrator's consent to show the tenant's aggregated yearly figures (persons,
-- participations, hours, events) to the platform administration. No row means no consent.
create table reporting.sharing (
    tenant_id            uuid         primary key references identity.tenant (id),
    shares_figures       boolean      not null default false,
    changed_at           timestamptz  not null default now(),
    changed_by_name      varchar(200) not null,
    version              integer      not null default 0
);
