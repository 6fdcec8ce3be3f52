-- cost: what each allocation key cost per billing period (and currency), kept by the import as the lines
-- stream by, as the daily sums are. It answers "what did these keys cost" (the cloud cost of an
-- initiative's tagged resources) without the B-tree on cost_lines (alloc_key_id, charge_day), which
-- cost about a quarter of the lines' bulk write: one random insert per line among thousands of keys
-- (BENCHMARKS.md, cost-import). Several rows of one key and period may exist (a bill whose lines of a
-- period come in several stretches); readers sum them.
create table cost_key_periods (
  alloc_key_id bigint not null,
  provider text not null,
  billing_account_id text not null,
  billing_period_start date not null,
  currency text not null,
  billed_cost numeric not null,
  effective_cost numeric not null,
  first_day date not null,
  last_day date not null,
  lines integer not null
);
insert into cost_key_periods
  select alloc_key_id, provider, billing_account_id, billing_period_start, currency, sum(billed_cost),
    sum(effective_cost), min(charge_day), max(charge_day), count(*)::int
  from cost_lines group by alloc_key_id, provider, billing_account_id, billing_period_start, currency;
create index cost_key_periods_key on cost_key_periods (alloc_key_id);
create index cost_key_periods_period on cost_key_periods (billing_period_start);
drop index cost_lines_key_day;
