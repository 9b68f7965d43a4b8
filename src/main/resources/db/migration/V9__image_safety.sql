-- The second safety layer (Azure AI Content Safety) checks every generated image before a student sees it. A
-- flagged image is stored but HELD: its maker, classmates and exports never see it until the class's teacher
-- releases it (RELEASED) or decides to keep it hidden (HIDDEN). CLEAR is every image the check passed, and every
-- image made while the layer is off. The categories are the service's own ("Violence:4"), for the teacher.
alter table image add column safety_status varchar(16) not null default 'CLEAR'
    check (safety_status in ('CLEAR', 'HELD', 'RELEASED', 'HIDDEN'));
alter table image add column safety_categories varchar(200);
alter table image add column safety_reviewed_by bigint references app_user (id);
alter table image add column safety_reviewed_at timestamptz;
create index image_safety_pending on image (request_id) where safety_status <> 'CLEAR';
