-- The tenant's public description is translated through shared.translation since issue 15 (ADR 0014), like every
-- other text staff write. The translations kept beside the German in identity.tenant.description move there,
-- published and current (source revision as SourceRevision computes it: the first 16 bytes of the SHA-256 of the
-- stripped German, in hex); the column then keeps the German only. Descriptions without German keep what they
-- have, since a translation needs its source.
insert into shared.translation (tenant_id, owner_kind, owner_id, field, language, text, status, source_revision)
select t.id, 'tenant', t.id, 'description', d.key, btrim(d.value), 'PUBLISHED',
       left(encode(sha256(convert_to(btrim(replace(t.description ->> 'de', E'\r\n', E'\n'), E' \t\n\r'), 'UTF8')),
                   'hex'), 32)
from identity.tenant t
cross join lateral jsonb_each_text(t.description) d
where d.key <> 'de'
  and btrim(coalesce(d.value, '')) <> ''
  and btrim(coalesce(t.description ->> 'de', '')) <> ''
on conflict do nothing;

update identity.tenant
set description = jsonb_build_object('de', btrim(description ->> 'de'))
where btrim(coalesce(description ->> 'de', '')) <> ''
  and description - 'de' <> '{}'::jsonb;
