-- The site search of the tenant's portal ranks its shown texts with PostgreSQL's full text search and forgives
-- typos in short queries by trigram word similarity (pg_trgm: word_similarity). pg_trgm comes with PostgreSQL
-- (also with the embedded binaries) and is a trusted extension, so the database owner may create it.
--
-- No index is created: the texts searched are the ones the pages show — the published translation into the
-- reader's language where there is one (shared.translation, read through the translation API, ADR 0014/0018),
-- else the German source — and a tenant has a few hundred such documents at most, ranked in one statement.
create extension if not exists pg_trgm;
