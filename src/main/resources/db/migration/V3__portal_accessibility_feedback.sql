create schema if not exists portal;

-- Reports of accessibility barriers (BITV 2.0 feedback mechanism), kept for the tenant to answer.
create table portal.accessibility_feedback (
    id                   uuid primary key,
    tenant_id            uuid         not null,
    page                 varchar(500) not null default '',
    message              text         not null,
    name                 varchar(200) not null default '',
    email                varchar(254) not null default '',
    idempotency_key      uuid         not null unique,
    created_at           timestamptz  not null default now()
);
create index accessibility_feedback_tenant_idx on portal.accessibility_feedback (tenant_id, created_at desc);
