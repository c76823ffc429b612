create schema if not exists shared;

-- Uses of actions that send mail or store input for anonymous visitors, counted per subject (e-mail
-- address, client address) so that nobody can flood an inbox through Mosaik. Subjects are stored
-- only as SHA-256, and rows are dropped after a day.
create table shared.rate_limit_hit (
    id                   bigserial    primary key,
    bucket               varchar(50)  not null,
    subject_hash         varchar(64)  not null,
    hit_at               timestamptz  not null default now()
);
create index rate_limit_hit_lookup_idx on shared.rate_limit_hit (bucket, subject_hash, hit_at);
