-- Texts that belong to no tenant are translated in the same table (ADR 0014, issue 16): a network's profile,
-- its adopted recommendations and the practice examples it reviews. Their rows have no tenant (tenant_id null),
-- and all of them form one owner space: the unique index treats null as one value (PostgreSQL 15+), so that a
-- text has at most one translation per language there too. The primary key could not allow a null tenant.
alter table shared.translation drop constraint translation_pkey;
alter table shared.translation alter column tenant_id drop not null;
create unique index translation_text_uidx
    on shared.translation (tenant_id, owner_kind, owner_id, field, language) nulls not distinct;
