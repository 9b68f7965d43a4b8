-- The requests a worker may claim (QUEUED, or WAITING_RETRY once their wait is over), in the order they are claimed.
-- The claim's condition is an OR over two states, which the QUEUED-only index could not serve: PostgreSQL walked the
-- created_at index over every request ever made, finished ones included, and dropped them one by one (1,200 rows
-- read for one claim on a bench database; a school's year of history would make every claim, and every "place in
-- the queue", slower still). This index holds only the waiting requests, already sorted, so a claim reads the first
-- row it can lock and a queue position counts only the requests ahead.
create index generation_request_claimable on generation_request (created_at, id)
    where status in ('QUEUED', 'WAITING_RETRY');

-- Superseded by the index above, and used by nothing else.
drop index generation_request_queued;
