-- The languages a tenant translates into besides the default targets (the public UI languages): Bulgarian,
-- Romanian, Farsi … A row is one added language; removing it hides the language from the translation work but
-- keeps its translations in shared.translation, so that adding it again brings them back.
create table shared.translation_language (
    tenant_id   uuid         not null references identity.tenant (id),
    language    varchar(10)  not null check (language ~ '^[a-z]{2,3}$' and language <> 'de'),
    added_at    timestamptz  not null default now(),
    primary key (tenant_id, language)
);
