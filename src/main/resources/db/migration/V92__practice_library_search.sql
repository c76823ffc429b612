-- The public practice library's full-text search in German (/praxisbeispiele). A stored, generated tsvector
-- over the texts a reader searches, weighted so that a hit in the title counts more than one in the summary,
-- and that more than one in the body; the 'german' configuration stems, so "Schulungen" finds "Schulung".
alter table practice.example add column search tsvector generated always as (
    setweight(to_tsvector('german'::regconfig, title), 'A')
    || setweight(to_tsvector('german'::regconfig, summary), 'B')
    || setweight(to_tsvector('german'::regconfig,
           goals || ' ' || approach || ' ' || results || ' ' || lessons_learned || ' ' || transferability), 'C')
) stored;

-- Only published examples are ever searched, so the indexes hold only them. The facets (target groups among
-- them) are counted in one pass over the rows the words match, which needs no index of their own.
create index example_search_idx on practice.example using gin (search) where status = 'PUBLISHED';
create index example_published_idx on practice.example (published_at desc) where status = 'PUBLISHED';
