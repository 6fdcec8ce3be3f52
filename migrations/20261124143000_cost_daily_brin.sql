-- cost: cost_daily finds a billing period's sums (to replace them) and a window of days through BRIN
-- indexes instead of B-trees, as cost_lines does (20261124120300). An import writes a bill's daily sums
-- in the order their days first appear (day order for a bill in day order), so the rows of a period or a
-- day sit in neighbouring pages; the two B-trees cost about a third of the daily sums' bulk write (BENCHMARKS.md,
-- cost-import). The team and service B-trees stay: their pages find one team's or service's days.
drop index cost_daily_period;
drop index cost_daily_day;
create index cost_daily_period on cost_daily using brin (billing_period_start);
create index cost_daily_day on cost_daily using brin (charge_day);
