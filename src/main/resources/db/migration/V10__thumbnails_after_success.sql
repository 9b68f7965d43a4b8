-- A generated image is stored, and its request SUCCEEDED, as soon as its cheap checks pass (type, header,
-- dimensions, a whole file); its thumbnail is made afterwards by one background thread per instance, which takes
-- PENDING images with FOR UPDATE SKIP LOCKED, so a crash or a second instance never loses or doubles one. Until
-- then the thumbnail route serves the original. thumb_width and thumb_height are filled at once: they follow from
-- the original's size. BROKEN: the full decode could not read the bytes (the image is held for the teacher).
-- Existing images all have their thumbnail, hence READY.
alter table image add column thumbnail_state varchar(16) not null default 'READY'
    check (thumbnail_state in ('PENDING', 'READY', 'BROKEN'));
create index image_thumbnail_pending on image (id) where thumbnail_state = 'PENDING';
alter table image_data alter column thumbnail drop not null;
alter table image_data alter column thumbnail_media_type drop not null;
