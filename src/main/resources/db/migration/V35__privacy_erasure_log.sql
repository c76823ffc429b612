-- Erasures staff made on request (Art. 17 DSGVO): when, by whom and why, and how many registrations
-- went. It names nobody who was erased, so it can be kept as the record of the erasure itself.
create table privacy.erasure_log (
    id                   bigserial    primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    erased_at            timestamptz  not null default now(),
    account_id           uuid,
    account_name         varchar(200) not null,
    reason               varchar(500) not null check (length(btrim(reason)) > 0),
    registrations        integer      not null,
    future_registrations integer      not null
);
create index erasure_log_tenant_idx on privacy.erasure_log (tenant_id, erased_at desc);
