-- The operator of the installation (e.g. the municipal IT provider) and the legal texts of the
-- platform's own public pages. Exactly one row.
create table identity.platform (
    id                   smallint     primary key default 1 check (id = 1),
    operator_name        varchar(200) not null default '',
    email                varchar(254) not null default '',
    imprint              text         not null default '',
    privacy              text         not null default '',
    accessibility        text         not null default '',
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0
);
insert into identity.platform (id) values (1);

-- Feedback on the platform's own pages belongs to no tenant.
alter table portal.accessibility_feedback alter column tenant_id drop not null;
