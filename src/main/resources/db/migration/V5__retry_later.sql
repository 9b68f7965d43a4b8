-- Transient failures wait before the next try: per request (not before T) and, when a provider answers 429 with
-- Retry-After, for the whole provider, across every app instance.
alter table generation_request add column not_before timestamptz;
create index generation_request_waiting on generation_request (not_before) where status = 'WAITING_RETRY';

create table provider_pause (
    provider  varchar(32) primary key,
    until     timestamptz not null
);
