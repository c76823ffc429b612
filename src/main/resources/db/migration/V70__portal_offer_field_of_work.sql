-- An offer belongs to at most one field of work (a page of the portal's tree). Offers and pages were
-- written side by side, so the reference gets its key only now; a deleted page leaves the offer without one.
alter table portal.offer
    add constraint offer_field_page_fk foreign key (field_page_id) references portal.page (id) on delete set null;
