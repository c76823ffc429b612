-- Who looked at or exported personal data (participant lists, exports, person pages), for the
-- tenant administrator. Kept as long as the tenant's retention setting for it says.
create table privacy.access_log (
    id                   bigserial    primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    accessed_at          timestamptz  not null default now(),
    account_id           uuid,
    account_name         varchar(200) not null,
    kind                 varchar(10)  not null check (kind in ('VIEW', 'EXPORT')),
    -- code of what was accessed, e.g. registration.list; shown through a message key
    resource             varchar(60)  not null,
    -- what exactly, e.g. the event title
    label                varchar(300) not null,
    -- the normalised address when one person's data was accessed; cleared when that person is erased
    person_email         varchar(254)
);
create index access_log_tenant_idx on privacy.access_log (tenant_id, accessed_at desc);
create index access_log_person_idx on privacy.access_log (tenant_id, person_email) where person_email is not null;
