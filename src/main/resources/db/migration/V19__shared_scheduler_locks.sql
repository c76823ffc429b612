-- ShedLock's table: which scheduled job is running where, so that each runs on one node at a time.
create table shared.shedlock (
    name                 varchar(64)  primary key,
    lock_until           timestamptz  not null,
    locked_at            timestamptz  not null,
    locked_by            varchar(255) not null
);
