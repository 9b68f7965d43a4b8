-- Two of the image counts behind the limits, a student's images in an assignment (on every submission and every view
-- of the student's page) and a student's images of the day (on every submission, under the quota lock), read each
-- request's status and image count from the table, one row at a time: every request of the student, and every older
-- version of it that vacuum has not removed yet (a request is updated three or four times on its way to SUCCEEDED).
-- With the two columns in the index, PostgreSQL answers from the index alone for every page that vacuum has marked
-- all-visible, and visits the table only for the rows changed since (an index-only scan). Measured in the queue
-- benchmark (pg_stat_statements, 1,000 submissions): the assignment count went from 285 blocks and 0.44 ms a call to
-- 10-11 blocks and 0.05-0.07 ms, the day count from 90 blocks to 75-76.
--
-- The class's count of the day was tried the same way: its blocks per call varied as much between runs with the
-- wider index (2,594 and 2,666) as without it (1,769 to 2,989), because in the benchmark nearly all of its rows are
-- that day's, changed minutes before, so the table is visited anyway. V16 replaces that count with running totals.
drop index generation_request_student_day;
create index generation_request_student_day on generation_request (student_id, created_at)
    include (status, image_count);

drop index generation_request_student;
create index generation_request_student on generation_request (assignment_id, student_id, created_at desc)
    include (status, image_count);
