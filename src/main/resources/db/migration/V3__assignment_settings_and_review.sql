-- Assignments a teacher can edit and close, with the shapes students may pick and an approval mode;
-- hand-ins a teacher reviews: approve, hide (with a reason) and feedback the student sees.

alter table assignment
    add column closed_at         timestamptz,
    add column allowed_aspects   varchar(64) not null default 'LANDSCAPE,SQUARE,PORTRAIT',
    add column approval_required boolean     not null default false;

alter table hand_in
    add column review_status varchar(16)  not null default 'PENDING'
               check (review_status in ('PENDING', 'APPROVED', 'HIDDEN')),
    add column hidden_reason varchar(500),
    add column feedback      text,
    add column reviewed_at   timestamptz,
    add column reviewed_by   bigint references app_user (id);
