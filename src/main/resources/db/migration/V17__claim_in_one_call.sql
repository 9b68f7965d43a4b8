-- A worker's claim in one call to the database. It took a round trip per step: for a capped provider the cap's lock,
-- the claim, the call's entry in the ledger, the ledger's trim and the commit (five), for an uncapped one the claim
-- and the commit (two). Called on its own, in autocommit, the claim is now one round trip; the cap's lock is held
-- only while the function runs (it is transaction-scoped, and the call is its own transaction), not across the app's
-- round trips, so the claims of other app instances wait less for it. Called inside a store's transaction (a worker
-- that stored an answer claims its next request in the same transaction), the lock is held until that commit, as
-- before.
--
-- In READ COMMITTED each statement of a PL/pgSQL function takes a fresh snapshot, so the claim, made after the lock
-- is granted, sees every claim committed by the lock's previous holder: "count what runs, then start one more"
-- cannot overshoot the cap. The states are literals, so the claimable index (V12) and the running index (V7) serve
-- every plan, generic ones included.
create function claim_next_request(p_provider varchar, p_max_running integer, p_images_per_window integer,
                                   p_window_millis bigint)
    returns table (request_id bigint, attempt integer, final_prompt text, prompt text, aspect varchar,
                   image_count integer, seed bigint, pseudonym uuid, student_id bigint, kind varchar,
                   more_waiting boolean)
    language plpgsql
as
$$
declare
    capped constant boolean := p_max_running > 0 or p_images_per_window > 0;
begin
    if capped then
        perform pg_advisory_xact_lock(hashtext('edu4all.provider-caps'), hashtext(p_provider));
    end if;
    -- The oldest request that may run now, unless the provider asked everyone to wait (a 429) or its caps are
    -- reached; started_at is the claim's own moment (clock_timestamp), also inside a longer transaction.
    return query
        with claimed as (
            update generation_request r
               set status = 'RUNNING', started_at = clock_timestamp(), attempts = r.attempts + 1, not_before = null,
                   provider = p_provider
              from app_user u
             where r.id = (select w.id from generation_request w
                            where w.status in ('QUEUED', 'WAITING_RETRY')
                              and (w.status = 'QUEUED' or w.not_before <= now())
                              and not exists (select 1 from provider_pause p
                                               where p.provider = p_provider and p.until > now())
                            order by w.created_at, w.id
                            for update skip locked limit 1)
               and u.id = r.student_id
               and (p_max_running = 0 or (select count(*) from generation_request g
                                           where g.status = 'RUNNING' and g.provider = p_provider) < p_max_running)
               and (p_images_per_window = 0
                    or (with recent as (select coalesce(sum(c.images), 0) as images from provider_call c
                                         where c.provider = p_provider
                                           and c.started_at > clock_timestamp() - p_window_millis * interval '1 millisecond')
                        select recent.images = 0 or recent.images + r.image_count <= p_images_per_window from recent))
            returning r.id, r.attempts, r.final_prompt, r.prompt, r.aspect, r.image_count, r.seed, u.pseudonym, u.id,
                      r.kind,
                      exists (select 1 from generation_request o
                               where o.status in ('QUEUED', 'WAITING_RETRY') and o.id <> r.id
                                 and (o.status = 'QUEUED' or o.not_before <= now()))),
        recorded as (
            -- The cap's ledger: this call's images, counted against the images-per-window cap.
            insert into provider_call (provider, images, started_at)
            select p_provider, claimed.image_count, clock_timestamp() from claimed where capped)
        select * from claimed;
    if capped then
        delete from provider_call c
         where c.provider = p_provider and c.started_at < clock_timestamp() - p_window_millis * interval '1 millisecond';
    end if;
end;
$$;
