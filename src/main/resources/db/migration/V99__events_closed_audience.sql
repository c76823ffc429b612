-- An event for a closed audience (a network's meeting): only the people its owner admits may register, through
-- the owner's pages. It is never public — not in the catalogue, search, calendar feed, sitemap, API, nor on an
-- event page or registration form; the back office lists it with closed_audience_label ("Treffen des Netzwerks …").
alter table events.event
    add column closed_audience       boolean      not null default false,
    add column closed_audience_label varchar(300) not null default '';
