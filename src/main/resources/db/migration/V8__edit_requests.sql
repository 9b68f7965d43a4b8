-- Edits with a mask: a request is either a new generation or an edit of one of the student's own images.
-- An edit keeps the image it started from and the mask the student painted (transparent = change here), so the
-- worker can call the provider's edit endpoint later, and a retry after a crash sends exactly the same upload.
alter table generation_request
    add column kind varchar(16) not null default 'GENERATE' check (kind in ('GENERATE', 'EDIT')),
    add column source_image_id bigint references image (id) on delete set null;
create index generation_request_source_image on generation_request (source_image_id)
    where source_image_id is not null;

-- The mask bytes in their own table, like image bytes, so that request lists never load them.
create table edit_mask (
    request_id  bigint  primary key references generation_request (id) on delete cascade,
    bytes       bytea   not null
);
