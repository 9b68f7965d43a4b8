-- Every change to what an assignment's gallery shows, or to what decides who may see one of its images, is announced
-- on the "gallery_changed" channel with the assignment's id: an image stored, held, released or given its thumbnail,
-- a hand-in made or reviewed, a student joining, leaving or renamed, the assignment edited. PostgreSQL delivers it
-- when the transaction commits, to every app instance listening, which then drops what it cached for that assignment
-- (gallery pages, image access checks). Triggers rather than application code, so that no code path can change a
-- gallery and forget to say so; notifications only, so that no row is locked by them: thirty students' images for one
-- assignment are stored side by side.

create function gallery_changed_by_image() returns trigger language plpgsql as $$
begin
    perform pg_notify('gallery_changed', r.assignment_id::text)
       from generation_request r
      where r.id = (case when tg_op = 'DELETE' then old.request_id else new.request_id end);
    return null;
end $$;

create trigger image_changes_gallery
    after insert or delete or update of safety_status, thumbnail_state, thumb_width, thumb_height on image
    for each row execute function gallery_changed_by_image();

create function gallery_changed_by_hand_in() returns trigger language plpgsql as $$
begin
    perform pg_notify('gallery_changed',
                      (case when tg_op = 'DELETE' then old.assignment_id else new.assignment_id end)::text);
    return null;
end $$;

create trigger hand_in_changes_gallery
    after insert or update or delete on hand_in
    for each row execute function gallery_changed_by_hand_in();

-- The roster (the gallery's student filter), the tiles, and classmates' access to hand-ins.
create function gallery_changed_by_enrollment() returns trigger language plpgsql as $$
begin
    perform pg_notify('gallery_changed', a.id::text)
       from assignment a
      where a.class_id = (case when tg_op = 'DELETE' then old.class_id else new.class_id end);
    return null;
end $$;

create trigger enrollment_changes_gallery
    after insert or delete on enrollment
    for each row execute function gallery_changed_by_enrollment();

create function gallery_changed_by_name() returns trigger language plpgsql as $$
begin
    perform pg_notify('gallery_changed', a.id::text)
       from assignment a join enrollment e on e.class_id = a.class_id
      where e.student_id = new.id;
    return null;
end $$;

create trigger user_name_changes_gallery
    after update of display_name on app_user
    for each row when (old.display_name is distinct from new.display_name)
    execute function gallery_changed_by_name();

-- Title, approval mode, closing: the assignment itself.
create function gallery_changed_by_assignment() returns trigger language plpgsql as $$
begin
    perform pg_notify('gallery_changed', new.id::text);
    return null;
end $$;

create trigger assignment_changes_gallery
    after update on assignment
    for each row execute function gallery_changed_by_assignment();
