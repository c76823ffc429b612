-- Contacts named on a page, in the order staff chose. A contact named on a page cannot be deleted
-- (no cascade): staff first see where it is used and take it off there.
create table portal.page_contact (
    page_id    uuid     not null references portal.page (id) on delete cascade,
    contact_id uuid     not null references portal.contact (id),
    position   smallint not null,
    primary key (page_id, contact_id)
);
create index page_contact_contact_idx on portal.page_contact (contact_id);

-- Who deleted which page, news item or contact, and when: the history of a record that no longer exists.
-- account_id has no foreign key, as in page_revision: the entry outlives an erased account.
create table portal.deletion (
    owner_id     uuid         primary key,
    tenant_id    uuid         not null references identity.tenant (id),
    kind         varchar(20)  not null check (kind in ('PAGE', 'NEWS', 'CONTACT')),
    title        varchar(200) not null,
    account_id   uuid,
    account_name varchar(200) not null,
    deleted_at   timestamptz  not null default now()
);
create index deletion_tenant_idx on portal.deletion (tenant_id, kind, deleted_at desc);
