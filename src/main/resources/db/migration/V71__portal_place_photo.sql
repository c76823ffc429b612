-- A place's photo from the tenant's image library. No cascade: the library refuses to delete an image a
-- place still shows (portal.image_use), and this key keeps it so even if that check were bypassed.
alter table portal.place
    add column photo_image_id uuid null references portal.image (id);
