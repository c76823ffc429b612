-- Translations of texts that staff write in German (event titles, questions, consent texts …).
-- The German source stays in the owning module's table; a row here is one translation of one
-- field of one owner into one language. source_revision is a hash of the German text the
-- translation was made from: when the German changes, the hashes differ and the translation is
-- outdated (ADR 0014). No foreign key to the owner: owners live in other schemas, and each owning
-- module removes its translations when it deletes the owner.
create table shared.translation (
    tenant_id            uuid         not null references identity.tenant (id),
    owner_kind           varchar(80)  not null,
    owner_id             uuid         not null,
    field                varchar(80)  not null,
    language             varchar(10)  not null check (language <> 'de'),
    text                 text         not null check (text <> ''),
    status               varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED')),
    source_revision      varchar(64)  not null,
    version              integer      not null default 1,
    updated_at           timestamptz  not null default now(),
    updated_by           uuid,
    primary key (tenant_id, owner_kind, owner_id, field, language)
);
