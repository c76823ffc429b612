-- One row per submitted form that carried a submission token (the hidden field every POST form
-- gets from the shared CSRF tag). The first request with a token claims the row and runs; a
-- repeat with the same token (double click, reload of the POST, a second node behind the load
-- balancer) waits for the first and answers with the same redirect instead of running again.
-- State lives here, not in the JVM, so that all app nodes agree. Rows are dropped after a day.
create table shared.form_submission (
    scope        varchar(80)  not null,
    route        varchar(500) not null,
    token        uuid         not null,
    state        varchar(10)  not null default 'RUNNING' check (state in ('RUNNING', 'DONE')),
    status       integer,
    location     varchar(2000),
    claimed_at   timestamptz  not null default now(),
    primary key (scope, route, token)
);
create index form_submission_age_idx on shared.form_submission (claimed_at);
