-- A report definition staff run again and again, e.g. the "Jahresbericht" for the council: the
-- period may be relative (resolved against the day it is run), so the same definition serves every year.
create table reporting.saved_report (
    id                   uuid         primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    name                 varchar(100) not null,
    period_kind          varchar(20)  not null
        check (period_kind in ('FIXED', 'THIS_YEAR', 'LAST_YEAR', 'SINCE', 'LAST_12_MONTHS')),
    fixed_from           date,
    fixed_to             date,
    cut_off_kind         varchar(20)  not null check (cut_off_kind in ('TODAY', 'PERIOD_END', 'FIXED')),
    fixed_cut_off        date,
    basis                varchar(20)  not null check (basis in ('ATTENDED', 'REGISTERED')),
    include_cancelled    boolean      not null default false,
    include_no_shows     boolean      not null default false,
    breakdowns           varchar(20)[] not null default '{}',
    created_by_name      varchar(200) not null,
    updated_at           timestamptz  not null default now(),
    version              integer      not null default 0,
    check (period_kind not in ('FIXED', 'SINCE') or fixed_from is not null),
    check (period_kind <> 'FIXED' or fixed_to is not null),
    check (cut_off_kind <> 'FIXED' or fixed_cut_off is not null)
);
create unique index saved_report_name_idx on reporting.saved_report (tenant_id, lower(name));
