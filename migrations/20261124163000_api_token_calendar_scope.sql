-- platform: an API token may have the `calendar` scope, which reads calendar feeds only and is the one
-- kind of token a feed's URL may carry (calendar apps subscribe by address and send no header).
alter table api_tokens drop constraint api_tokens_scopes_check;
alter table api_tokens add constraint api_tokens_scopes_check
  check (scopes <@ array['read', 'write', 'calendar']::text[] and cardinality(scopes) > 0);
