-- Documents of a network's meeting (slides, minutes, others), kept in the database so that they are
-- backed up and access-checked with everything else. Only the network's members read them; the type
-- was checked by the file's content on upload (PDF, office formats, PNG, JPEG, WebP).
create table networks.meeting_document (
    id                      uuid primary key,
    -- the network again, so that every query filters by the network of the opened members' area
    network_id              uuid         not null references networks.network (id) on delete cascade,
    meeting_id              uuid         not null references networks.meeting (id) on delete cascade,
    title                   varchar(200) not null check (btrim(title) <> ''),
    kind                    varchar(20)  not null check (kind in ('SLIDES', 'MINUTES', 'OTHER')),
    file_name               varchar(255) not null,
    content_type            varchar(100) not null,
    size_bytes              integer      not null check (size_bytes > 0),
    content                 bytea        not null,
    -- who uploaded it, as shown beside it; emptied when that person's data is erased
    uploaded_by_account_id  uuid         references identity.account (id) on delete set null,
    uploader_name           varchar(200) not null default '',
    uploader_email          varchar(254) not null default '',
    uploaded_at             timestamptz  not null default now()
);
create index meeting_document_meeting_idx on networks.meeting_document (network_id, meeting_id, uploaded_at);
