-- Dialogue in a network: threads with posts, subscriptions with their mail delivery, and reports of posts
-- to the coordination. Only the network's members read and write (checked in the application); every row
-- carries the network's id so that each query filters by the network of the opened area.

create table networks.discussion_thread (
    id                  uuid primary key,
    network_id          uuid         not null references networks.network (id) on delete cascade,
    title               varchar(200) not null check (btrim(title) <> ''),
    -- a free label chosen when the thread is started, to filter by; '' for none
    topic               varchar(60)  not null default '',
    -- null once the author's account is gone or erased (the thread stays for the others)
    author_account_id   uuid         references identity.account (id) on delete set null,
    created_at          timestamptz  not null default now(),
    last_activity_at    timestamptz  not null default now(),
    unique (network_id, id)
);
create index discussion_thread_activity_idx on networks.discussion_thread (network_id, last_activity_at desc);

create table networks.discussion_post (
    id                  uuid primary key,
    network_id          uuid          not null,
    thread_id           uuid          not null,
    author_account_id   uuid          references identity.account (id) on delete set null,
    -- Markdown; '' once the author was erased and the text removed with them
    body                text          not null check (length(body) <= 20000),
    created_at          timestamptz   not null default now(),
    edited_at           timestamptz,
    -- hidden by the coordination: the text is no longer shown, the reason is
    hidden_at           timestamptz,
    hidden_reason       varchar(500),
    hidden_by           uuid          references identity.account (id) on delete set null,
    version             integer       not null default 0,
    foreign key (network_id, thread_id) references networks.discussion_thread (network_id, id) on delete cascade
);
create index discussion_post_thread_idx on networks.discussion_post (thread_id, created_at);
create index discussion_post_network_idx on networks.discussion_post (network_id, created_at);
create index discussion_post_author_idx on networks.discussion_post (author_account_id);

-- Who gets mail about new posts: of one thread, or (thread_id null) of all the network's threads. An
-- inactive row is a refusal that stays: a thread muted although the whole network is subscribed, or an
-- unsubscribed thread that replying does not subscribe again. The token opens the unsubscribe page
-- without login: 32 random bytes, so it cannot be guessed.
create table networks.discussion_subscription (
    id                  uuid primary key,
    network_id          uuid         not null references networks.network (id) on delete cascade,
    thread_id           uuid         references networks.discussion_thread (id) on delete cascade,
    account_id          uuid         not null references identity.account (id) on delete cascade,
    active              boolean      not null default true,
    token               varchar(64)  not null unique,
    created_at          timestamptz  not null default now(),
    changed_at          timestamptz  not null default now()
);
create unique index discussion_subscription_thread_uk
    on networks.discussion_subscription (account_id, thread_id) where thread_id is not null;
create unique index discussion_subscription_network_uk
    on networks.discussion_subscription (account_id, network_id) where thread_id is null;
create index discussion_subscription_network_idx on networks.discussion_subscription (network_id);

-- How a person wants the mails about new posts: each at once, or once a day all new posts together.
create table networks.discussion_delivery (
    account_id          uuid         primary key references identity.account (id) on delete cascade,
    mode                varchar(10)  not null check (mode in ('IMMEDIATE', 'DIGEST')),
    -- the daily digest collects posts written after this moment (when the person chose the digest)
    digest_since        timestamptz  not null default now()
);

-- The posts a daily digest has mailed to a person, so that no digest mails a post twice.
create table networks.discussion_digest_entry (
    account_id          uuid         not null references identity.account (id) on delete cascade,
    post_id             uuid         not null references networks.discussion_post (id) on delete cascade,
    sent_at             timestamptz  not null default now(),
    primary key (account_id, post_id)
);

-- A member's report of a post to the coordination, and what the coordination decided.
create table networks.discussion_report (
    id                  uuid primary key,
    network_id          uuid          not null references networks.network (id) on delete cascade,
    post_id             uuid          not null references networks.discussion_post (id) on delete cascade,
    reporter_account_id uuid          references identity.account (id) on delete set null,
    reason              varchar(1000) not null check (btrim(reason) <> ''),
    created_at          timestamptz   not null default now(),
    decision            varchar(10)   check (decision in ('HIDDEN', 'DISMISSED')),
    decided_at          timestamptz,
    decided_by          uuid          references identity.account (id) on delete set null
);
create index discussion_report_open_idx on networks.discussion_report (network_id) where decision is null;
