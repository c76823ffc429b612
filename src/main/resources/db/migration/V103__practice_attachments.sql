-- Files attached to a practice example (a flyer, an evaluation report, a photo), kept in the database like a
-- meeting's documents. The format is told by the content when uploaded (PDF, office formats, images); the
-- hash names the stored bytes for the public download's ETag. Who uploaded is kept by account and by name,
-- for the example's history and the author's erasure.
create table practice.attachment (
    id               uuid primary key,
    example_id       uuid         not null references practice.example (id) on delete cascade,
    title            varchar(200) not null check (btrim(title) <> ''),
    file_name        varchar(255) not null check (btrim(file_name) <> ''),
    content_type     varchar(120) not null,
    size_bytes       integer      not null check (size_bytes > 0),
    content          bytea        not null,
    sha256           varchar(64)  not null,
    uploaded_by      uuid         references identity.account (id) on delete set null,
    uploaded_by_name varchar(200) not null default '',
    uploaded_at      timestamptz  not null default now()
);
create index attachment_example_idx on practice.attachment (example_id, uploaded_at);
