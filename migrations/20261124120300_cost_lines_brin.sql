-- cost: cost_lines finds a billing period's lines (to replace them) and a window of days through BRIN
-- indexes instead of B-trees. An import writes a period's lines together, and bills run in day order, so
-- the lines of a period or a day sit in neighbouring pages: a BRIN index of a few pages finds them, and
-- costs next to nothing to keep while a million lines are copied in (the two B-trees cost about 30 % of
-- the bulk write; BENCHMARKS.md, cost-import). Drill-down by allocation key keeps its B-tree.
drop index cost_lines_period;
drop index cost_lines_day;
create index cost_lines_period on cost_lines using brin (billing_period_start);
create index cost_lines_day on cost_lines using brin (charge_day);
