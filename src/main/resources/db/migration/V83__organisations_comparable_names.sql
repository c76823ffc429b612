-- What the register compares to find a body entered twice, kept beside the typed values so that the
-- comparison uses an index: the name and the city folded (lower case, ä → ae, ö → oe, ü → ue, ß → ss,
-- punctuation as spaces), so that "Stadt Koeln" and "Stadt Köln" meet, and the website's host without
-- scheme, "www." and path, so that "https://www.koeln.de/" and "koeln.de" meet.
alter table organisations.organisation
    add column name_key text generated always as (
        btrim(regexp_replace(
            replace(replace(replace(replace(lower(name), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'),
            '[^a-z0-9]+', ' ', 'g'))) stored,
    add column city_key text generated always as (
        btrim(regexp_replace(
            replace(replace(replace(replace(lower(city), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'),
            '[^a-z0-9]+', ' ', 'g'))) stored,
    add column website_host text generated always as (
        regexp_replace(
            regexp_replace(lower(btrim(website)), '^([a-z][a-z0-9+.-]*://)?([^/?#@]*@)?(www\.)?([^/:?#]*).*$', '\4'),
            '\.$', '')) stored;

create index organisation_name_key_trgm on organisations.organisation using gin (name_key gin_trgm_ops);
create index organisation_website_host_idx on organisations.organisation (website_host) where website_host <> '';
