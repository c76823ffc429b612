-- Shared content (ADR 0019): a tenant offers a published page to the other tenants, and another tenant takes
-- it over as a live copy (its public page shows the origin's current published text and translations) or as
-- an independent copy (the texts and translations are copied once and edited locally from then on).

-- Offered pages appear in the other tenants' catalogue; only a published page can be offered.
alter table portal.page add column offered boolean not null default false;
-- Where a copy came from. The origin's tenant is kept for the "Quelle" line and the history even when the
-- origin page is gone (its id then becomes null and a live copy shows the text it last mirrored).
alter table portal.page add column origin_page_id uuid references portal.page (id) on delete set null;
alter table portal.page add column origin_tenant_id uuid references identity.tenant (id);
alter table portal.page add column live_copy boolean not null default false;
alter table portal.page add constraint page_copy_has_origin check (not live_copy or origin_tenant_id is not null);
alter table portal.page add constraint page_copy_not_offered check (not (live_copy and offered));
-- A tenant holds at most one copy of a page: a double click on "take over" cannot make two.
create unique index page_origin_once_idx on portal.page (tenant_id, origin_page_id) where origin_page_id is not null;
create index page_offered_idx on portal.page (tenant_id) where offered;
create index page_live_copy_idx on portal.page (origin_page_id) where live_copy;

-- Why a revision was written besides an editor's save: taken over (live or as a copy), turned into an
-- independent copy by the taking tenant, or because the origin stopped offering the page. The origin's name
-- is stored with it, so that the history reads right after the origin renamed itself or left.
alter table portal.page_revision add column note varchar(20) check (note in ('TAKEN_LIVE', 'TAKEN_COPY',
    'MADE_INDEPENDENT', 'ORIGIN_WITHDRAWN'));
alter table portal.page_revision add column note_origin varchar(200) not null default '';
