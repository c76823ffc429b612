create schema if not exists selfservice;

-- Links mailed to a person who wants to see their own record at a tenant. Only the SHA-256 of the
-- token is kept, so that whoever reads this table cannot open anyone's record. A link may be used
-- several times until it expires, because mail scanners open links before the person does.
create table selfservice.magic_link (
    token_hash           varchar(64)  primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    email_normalized     varchar(254) not null,
    created_at           timestamptz  not null default now(),
    expires_at           timestamptz  not null,
    check (expires_at > created_at)
);
create index magic_link_expiry_idx on selfservice.magic_link (expires_at);
