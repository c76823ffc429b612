-- The tenant's image library for its public pages. Images are content the staff publish, not records
-- about participants: a photo may show people, but it is chosen and captioned by the KI like any text,
-- and the credit names the photographer as the licence asks, with their consent to be named.
create table portal.image (
    id             uuid primary key,
    tenant_id      uuid         not null references identity.tenant (id),
    alt            varchar(500) not null check (btrim(alt) <> ''),
    caption        varchar(500) not null default '',
    credit         varchar(300) not null default '',
    content_type   varchar(20)  not null check (content_type in ('image/jpeg', 'image/png')),
    width          integer      not null check (width > 0),
    height         integer      not null check (height > 0),
    -- Of the stored bytes: part of every URL, so that a rendition can be cached as immutable.
    content_hash   varchar(64)  not null,
    -- Of the uploaded file: the same file uploaded twice (a double click) is one image.
    source_hash    varchar(64)  not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        integer      not null default 1,
    unique (tenant_id, source_hash)
);
create index image_tenant_idx on portal.image (tenant_id, created_at desc);

-- The re-encoded original and its scaled copies, one row per width.
create table portal.image_rendition (
    image_id   uuid    not null references portal.image (id) on delete cascade,
    width      integer not null check (width > 0),
    height     integer not null check (height > 0),
    bytes      bytea   not null,
    primary key (image_id, width)
);

-- Which page, offer or place shows an image, so that it cannot be deleted while in use.
create table portal.image_use (
    image_id   uuid        not null references portal.image (id),
    tenant_id  uuid        not null,
    user_kind  varchar(80) not null,
    user_id    uuid        not null,
    primary key (image_id, user_kind, user_id)
);
create index image_use_user_idx on portal.image_use (tenant_id, user_kind, user_id);
