create schema if not exists mail;

-- Transactional outbox: a mail is written in the same transaction as the change that causes it
-- and delivered afterwards, so nothing is lost while the mail server is down.
create table mail.outgoing_mail (
    id                   uuid primary key,
    tenant_id            uuid,
    recipient            varchar(254) not null,
    subject              varchar(300) not null,
    body                 text         not null,
    message_id           varchar(200) not null unique,
    status               varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'STORED', 'FAILED')),
    attempts             integer      not null default 0,
    next_attempt_at      timestamptz  not null default now(),
    last_error           varchar(500),
    created_at           timestamptz  not null default now(),
    sent_at              timestamptz
);
create index outgoing_mail_due_idx on mail.outgoing_mail (next_attempt_at) where status = 'PENDING';
create index outgoing_mail_tenant_idx on mail.outgoing_mail (tenant_id, created_at desc);
