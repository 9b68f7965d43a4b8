-- Every submission counts its class's images of the day, under the class's quota lock, so that the count and the new
-- request are one decision: a slow count holds up every other submission of the class. Without this index the count
-- read the whole school's requests of the day (the created_at index) or an assignment's whole history (the
-- per-student index, whose second column is the student), and dropped the rest. Measured on PostgreSQL 17 with
-- 51 classes, 15,600 requests of the day and a class with 100,000 older ones: 28.6 ms per count before, 1.1 ms with
-- this index, which reads only the class's assignments' requests since the day began.
create index generation_request_assignment_day on generation_request (assignment_id, created_at);
