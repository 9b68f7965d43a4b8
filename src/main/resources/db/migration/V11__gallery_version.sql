-- A version number per assignment that changes whenever anything its gallery shows, or anything that decides who
-- may see one of its images, changes: an image stored, held or released, a hand-in made or reviewed, a student
-- joining or leaving, a student's name, the assignment itself (title, approval mode...). Gallery pages and image
-- access checks are cached under this number. Triggers rather than application code keep it, so that no code path
-- can change a gallery and forget it; every new number is announced on the "gallery_changed" channel at commit, so
-- that every app instance drops what it cached without asking the database on each request.
alter table assignment add column gallery_version bigint not null default 0;

create function gallery_changed_by_assignment() returns trigger language plpgsql as $$
begin
    new.gallery_version := old.gallery_version + 1;
    return new;
end $$;

-- Any edit of the assignment, except the version bumps below (which change the version themselves).
create trigger assignment_changes_gallery
    before update on assignment
    for each row when (old.gallery_version = new.gallery_version)
    execute function gallery_changed_by_assignment();

create function announce_gallery_version() returns trigger language plpgsql as $$
begin
    -- "id:version:title"; delivered to listeners only when the transaction commits.
    perform pg_notify('gallery_changed', new.id || ':' || new.gallery_version || ':' || new.title);
    return null;
end $$;

-- No column list: "update of" only sees columns an UPDATE names, not the ones a before-trigger changes.
create trigger assignment_announces_gallery_version
    after update on assignment
    for each row when (old.gallery_version <> new.gallery_version)
    execute function announce_gallery_version();

create function gallery_changed_by_image() returns trigger language plpgsql as $$
begin
    update assignment set gallery_version = gallery_version + 1
     where id = (select assignment_id from generation_request
                  where id = (case when tg_op = 'DELETE' then old.request_id else new.request_id end));
    return null;
end $$;

create trigger image_changes_gallery
    after insert or delete or update of safety_status, thumbnail_state, thumb_width, thumb_height on image
    for each row execute function gallery_changed_by_image();

create function gallery_changed_by_hand_in() returns trigger language plpgsql as $$
begin
    update assignment set gallery_version = gallery_version + 1
     where id = (case when tg_op = 'DELETE' then old.assignment_id else new.assignment_id end);
    return null;
end $$;

create trigger hand_in_changes_gallery
    after insert or update or delete on hand_in
    for each row execute function gallery_changed_by_hand_in();

-- The roster (the gallery's student filter) and every tile show students' names.
create function gallery_changed_by_enrollment() returns trigger language plpgsql as $$
begin
    update assignment set gallery_version = gallery_version + 1
     where class_id = (case when tg_op = 'DELETE' then old.class_id else new.class_id end);
    return null;
end $$;

create trigger enrollment_changes_gallery
    after insert or delete on enrollment
    for each row execute function gallery_changed_by_enrollment();

create function gallery_changed_by_name() returns trigger language plpgsql as $$
begin
    update assignment set gallery_version = gallery_version + 1
     where class_id in (select class_id from enrollment where student_id = new.id);
    return null;
end $$;

create trigger user_name_changes_gallery
    after update of display_name on app_user
    for each row when (old.display_name is distinct from new.display_name)
    execute function gallery_changed_by_name();
