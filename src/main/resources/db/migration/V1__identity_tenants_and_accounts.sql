create schema if not exists identity;

-- One municipal body (Kreis, kreisfreie Stadt) with its public identity and legal texts.
create table identity.tenant (
    id                   uuid primary key,
    slug                 varchar(60)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                 varchar(200) not null,
    ki_name              varchar(200) not null,
    description          jsonb        not null default '{}'::jsonb,
    street               varchar(200) not null default '',
    postal_code          varchar(10)  not null default '',
    city                 varchar(100) not null default '',
    phone                varchar(50)  not null default '',
    email                varchar(254) not null default '',
    website              varchar(300) not null default '',
    theme                varchar(20)  not null default 'blau',
    logo                 bytea,
    logo_content_type    varchar(50),
    imprint              text         not null default '',
    privacy              text         not null default '',
    accessibility        text         not null default '',
    active               boolean      not null default true,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0
);

create table identity.account (
    id                   uuid primary key,
    tenant_id            uuid references identity.tenant (id),
    email                varchar(254) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(255),
    role                 varchar(20)  not null check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'STAFF', 'TRAINER')),
    active               boolean      not null default true,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null default now(),
    last_login_at        timestamptz,
    version              integer      not null default 0,
    -- Platform administrators belong to no tenant; everybody else to exactly one.
    check ((role = 'PLATFORM_ADMIN') = (tenant_id is null))
);
create unique index account_email_uk on identity.account (lower(email));
create index account_tenant_idx on identity.account (tenant_id);

-- Single-use links sent by mail (invitation, password reset); only a hash of the token is stored.
create table identity.account_token (
    token_hash           varchar(64)  primary key,
    account_id           uuid         not null references identity.account (id) on delete cascade,
    purpose              varchar(20)  not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    created_at           timestamptz  not null default now(),
    expires_at           timestamptz  not null,
    used_at              timestamptz
);
create index account_token_account_idx on identity.account_token (account_id);

-- Failed logins, counted per account and per client address to throttle guessing across all nodes.
create table identity.login_failure (
    id                   bigserial    primary key,
    email                varchar(254) not null,
    client_address       varchar(64)  not null,
    failed_at            timestamptz  not null default now()
);
create index login_failure_email_idx on identity.login_failure (lower(email), failed_at);
create index login_failure_address_idx on identity.login_failure (client_address, failed_at);
