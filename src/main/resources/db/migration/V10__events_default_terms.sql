-- A built-in term exists once per tenant, so seeding can be repeated safely (new tenants are seeded
-- by the events module when identity announces them; these are the tenants that existed before).
create unique index term_builtin_code_idx on events.term (tenant_id, kind, code) where code is not null;

insert into events.term (id, tenant_id, kind, code, name, position)
select gen_random_uuid(), t.id, d.kind, d.code, d.name, d.position
from identity.tenant t
cross join (values
    ('FORMAT', 'SCHULUNG', 'Schulung', 1),
    ('FORMAT', 'FORTBILDUNG', 'Fortbildung', 2),
    ('FORMAT', 'FACHTAG', 'Fachtag', 3),
    ('FORMAT', 'WORKSHOP', 'Workshop', 4),
    ('FORMAT', 'VORTRAG', 'Vortrag', 5),
    ('TOPIC', 'OEFFNUNG', 'Migrationsgesellschaftliche Öffnung', 1),
    ('TOPIC', 'DIVERSITAET', 'Diversität', 2),
    ('TOPIC', 'ANTIDISKRIMINIERUNG', 'Antidiskriminierung', 3),
    ('TOPIC', 'RASSISMUSKRITIK', 'Rassismuskritik', 4),
    ('TOPIC', 'SPRACHSENSIBILITAET', 'Sprachsensible Schulentwicklung', 5),
    ('TOPIC', 'NEUZUWANDERUNG', 'Neuzuwanderung', 6),
    ('TOPIC', 'DEMOGRAFIE', 'Demografischer Wandel', 7),
    ('TOPIC', 'GESUNDHEIT', 'Gesundheit', 8),
    ('TOPIC', 'INTERKULTURELL', 'Interkulturelle Kompetenz', 9),
    ('TARGET_GROUP', 'KREISVERWALTUNG', 'Mitarbeiter*innen der Kreisverwaltung', 1),
    ('TARGET_GROUP', 'INKLUSIONSASSISTENZ', 'Inklusionsassistent*innen / Integrationshelfer*innen', 2),
    ('TARGET_GROUP', 'PAED_FACHKRAEFTE', 'Pädagogische Fachkräfte', 3),
    ('TARGET_GROUP', 'LEHRKRAEFTE', 'Lehrkräfte', 4),
    ('TARGET_GROUP', 'SCHULSOZIALARBEIT', 'Schulsozialarbeiter*innen', 5),
    ('TARGET_GROUP', 'KITA', 'Kita-Fachkräfte', 6),
    ('TARGET_GROUP', 'INTEGRATIONSBEAUFTRAGTE', 'Integrationsbeauftragte', 7),
    ('TARGET_GROUP', 'VERWALTUNG', 'Verwaltungsmitarbeitende', 8),
    ('TARGET_GROUP', 'EHRENAMT', 'Ehrenamtliche', 9),
    ('TARGET_GROUP', 'OEFFENTLICHKEIT', 'Interessierte Öffentlichkeit', 10)
) as d (kind, code, name, position)
on conflict do nothing;
