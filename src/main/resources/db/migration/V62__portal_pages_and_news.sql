-- The content of a tenant's public portal: pages in a tree (the top level are the fields of work,
-- "Arbeitsfelder"), news ("Aktuelles") and the order of the start page's sections. German texts
-- live here; their translations live in shared.translation (ADR 0014).

create table portal.page (
    id                   uuid primary key,
    tenant_id            uuid          not null references identity.tenant (id),
    parent_id            uuid          references portal.page (id),
    position             integer       not null default 0,
    -- Unique per tenant, so that the public address stays the same when a page moves in the tree.
    slug                 varchar(80)   not null,
    title                varchar(200)  not null,
    summary              varchar(1000) not null default '',
    body                 text          not null default '',
    status               varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    -- A published page with a later publish_at becomes public then, without anyone acting.
    publish_at           timestamptz,
    review_on            date,
    -- The review date a reminder was sent for, so that each date is reminded once.
    reminded_for         date,
    version              integer       not null default 1,
    updated_at           timestamptz   not null default now(),
    unique (tenant_id, slug),
    check (parent_id is distinct from id)
);
create index page_tenant_parent_idx on portal.page (tenant_id, parent_id, position);
create index page_review_idx on portal.page (review_on) where review_on is not null;

-- Every saved state of a page: who changed what, and the German text for the diff between revisions.
create table portal.page_revision (
    page_id              uuid          not null references portal.page (id) on delete cascade,
    version              integer       not null,
    tenant_id            uuid          not null references identity.tenant (id),
    title                varchar(200)  not null,
    summary              varchar(1000) not null,
    body                 text          not null,
    status               varchar(20)   not null,
    minor_edit           boolean       not null default false,
    changed_at           timestamptz   not null default now(),
    account_id           uuid,
    account_name         varchar(200)  not null,
    primary key (page_id, version)
);

create table portal.news (
    id                   uuid primary key,
    tenant_id            uuid          not null references identity.tenant (id),
    slug                 varchar(80)   not null,
    title                varchar(200)  not null,
    teaser               varchar(1000) not null default '',
    body                 text          not null default '',
    -- First and last day (Berlin time) on which the news is public; no last day: it does not expire.
    published_on         date          not null,
    expires_on           date,
    version              integer       not null default 1,
    updated_at           timestamptz   not null default now(),
    account_name         varchar(200)  not null default '',
    unique (tenant_id, slug),
    check (expires_on is null or expires_on >= published_on)
);
create index news_tenant_idx on portal.news (tenant_id, published_on desc);

-- The tenant's own order of the start page's sections; a tenant without rows gets the default order.
create table portal.start_section (
    tenant_id            uuid          not null references identity.tenant (id),
    kind                 varchar(20)   not null check (kind in ('FIELDS', 'OFFERS', 'EVENTS', 'NEWS', 'PLACES', 'CONTACT')),
    position             integer       not null,
    visible              boolean       not null default true,
    primary key (tenant_id, kind)
);
