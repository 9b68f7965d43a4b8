-- What the provider was sent and what it reported, per request: the exact request body (never the key), token usage
-- for the cost figures, the prompt as the provider revised it, and the safety categories of a provider refusal.
alter table generation_request
    add column provider_request     text,
    add column input_tokens         bigint,
    add column output_tokens        bigint,
    add column revised_prompt       text,
    add column provider_categories  varchar(200);
