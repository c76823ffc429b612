-- HTTP sessions in PostgreSQL (Spring Session JDBC), so that every app node behind the balancer
-- knows every signed-in user and a node that dies takes no session with it. Spring Session's own
-- PostgreSQL schema, in the identity schema (the principal, an e-mail address, may have 254 characters); expired rows are removed by its cleanup job.
create table identity.http_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(254)
);

create unique index http_session_session_id on identity.http_session (session_id);
create index http_session_expiry_time on identity.http_session (expiry_time);
create index http_session_principal_name on identity.http_session (principal_name);

create table identity.http_session_attributes (
    session_primary_id char(36)     not null references identity.http_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
