-- The platform-wide register of bodies: municipalities and counties (with their official
-- municipality key), agencies, universities, foundations, schools, Kitas, clinics, migrant
-- organisations, funders. Networks, language mediation, the directory and funded projects
-- name a body by its id here instead of keeping their own copies.
create schema if not exists organisations;

create table organisations.organisation (
    id                uuid primary key,
    name              varchar(200) not null check (btrim(name) <> ''),
    kind              varchar(30)  not null,
    street            varchar(200) not null default '',
    postal_code       varchar(10)  not null default '',
    city              varchar(100) not null default '',
    -- Bundesland, for the regional facets of the practice library
    state             varchar(2)   not null default '' check (state = '' or state ~ '^[A-Z]{2}$'),
    -- Amtlicher Gemeindeschlüssel (8 digits) of a municipality, or the 5-digit key of a county
    municipality_key  varchar(8)   check (municipality_key ~ '^[0-9]{5}([0-9]{3})?$'),
    population        integer      check (population is null or population >= 0),
    website           varchar(300) not null default '',
    email             varchar(254) not null default '',
    phone             varchar(50)  not null default '',
    tenant_id         uuid         unique references identity.tenant (id),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0
);
create unique index organisation_municipality_key_uk on organisations.organisation (municipality_key)
    where municipality_key is not null;
create index organisation_name_trgm on organisations.organisation using gin (lower(name) gin_trgm_ops);
