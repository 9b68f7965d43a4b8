-- A class's images of the day, kept as running totals per quarter of an hour instead of summed over the day's requests
-- on every submission. The sum ran under the class's quota lock, so while it ran every other submission of the class
-- waited: in the queue benchmark (a class with 4,000 requests that day) it read 1,769-2,989 blocks and took 2.3-3.8 ms
-- of PostgreSQL's time per submission, the largest part of a submission's database work, and the lock waits grew to
-- 73-113 ms a submission. Now the count reads at most 96 rows (one day of quarters) whatever the class has done.
--
-- Quarters of an hour in UTC, so the table needs no time zone: every school day starts on a quarter in UTC, since
-- every time zone in use is a whole number of quarters away from UTC (India +5:30, Nepal +5:45), and the app sums
-- the quarters from the school's midnight (DailyQuotas).
--
-- A trigger keeps the totals, not application code, so that no path that creates, ends or removes a request can
-- forget them: a submission, a refusal by the provider, a failure, a lease given up, a deletion, a hand-made fix in
-- SQL. A request counts while it may still produce images and once it did, as before: every status but FAILED and
-- BLOCKED. Most changes (QUEUED to RUNNING to SUCCEEDED) do not change that, and the trigger's WHEN clause lets
-- PostgreSQL skip them without running the function.
--
-- A submission holds its class's row for the quarter until it commits; the class's submissions take turns under its
-- quota lock anyway, and a worker ending one of its requests as FAILED or BLOCKED waits for that commit at most. Only
-- the lease sweep ends several requests in one statement; should it ever meet a worker ending one of them in a
-- deadlock, PostgreSQL cancels one of the two and both recover: the sweep runs again 2 s later, and a cancelled
-- worker's request stays RUNNING until the sweep takes it.
create table class_day_usage (
    class_id bigint      not null, -- no foreign key: a class deleted with its requests leaves a row no one reads
    quarter  timestamptz not null, -- the start of the quarter of an hour (UTC) in which the requests were made
    images   integer     not null,
    primary key (class_id, quarter)
);

create function class_day_usage_quarter(made timestamptz) returns timestamptz language sql immutable as $$
    select date_bin('15 minutes', made, timestamptz '2000-01-01 00:00:00+00')
$$;

create function class_day_usage_add(request_assignment bigint, made timestamptz, images integer) returns void
    language plpgsql as $$
declare
    owning_class bigint;
begin
    select a.class_id into owning_class from assignment a where a.id = request_assignment;
    if owning_class is null then
        return; -- the assignment is being deleted with its class: nothing will read its totals
    end if;
    insert into class_day_usage (class_id, quarter, images)
         values (owning_class, class_day_usage_quarter(made), images)
    on conflict (class_id, quarter) do update set images = class_day_usage.images + excluded.images;
end $$;

create function class_day_usage_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status not in ('FAILED', 'BLOCKED') then
        perform class_day_usage_add(old.assignment_id, old.created_at, -old.image_count);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status not in ('FAILED', 'BLOCKED') then
        perform class_day_usage_add(new.assignment_id, new.created_at, new.image_count);
    end if;
    return null;
end $$;

create trigger class_day_usage_on_insert
    after insert on generation_request
    for each row when (new.status not in ('FAILED', 'BLOCKED'))
    execute function class_day_usage_follow();

create trigger class_day_usage_on_update
    after update of status, created_at, image_count, assignment_id on generation_request
    for each row when ((old.status in ('FAILED', 'BLOCKED')) is distinct from (new.status in ('FAILED', 'BLOCKED'))
                       or (new.status not in ('FAILED', 'BLOCKED')
                           and (old.created_at, old.image_count, old.assignment_id)
                               is distinct from (new.created_at, new.image_count, new.assignment_id)))
    execute function class_day_usage_follow();

create trigger class_day_usage_on_delete
    after delete on generation_request
    for each row when (old.status not in ('FAILED', 'BLOCKED'))
    execute function class_day_usage_follow();

-- The totals of the requests already made. Only today's are ever read; two days back covers every time zone's today.
insert into class_day_usage (class_id, quarter, images)
select a.class_id, class_day_usage_quarter(r.created_at), sum(r.image_count)
  from generation_request r
  join assignment a on a.id = r.assignment_id
 where r.created_at >= now() - interval '2 days' and r.status not in ('FAILED', 'BLOCKED')
 group by a.class_id, class_day_usage_quarter(r.created_at);
