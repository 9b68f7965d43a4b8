-- The estimated cost of each request in US dollars, from the admin's configured prices at the time it finished
-- (tokens when the provider reports usage, else a price per image). Kept per request so the usage dashboard sums
-- history as it was priced, even after the prices change. Null until the request has run.
alter table generation_request add column estimated_cost_usd numeric(12, 6);
create index generation_request_created on generation_request (created_at);
