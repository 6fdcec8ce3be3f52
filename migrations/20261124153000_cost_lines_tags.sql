-- cost: a billing line's tags are its allocation key's (the key is the sub-account, service, resource and
-- tags), so cost_lines no longer stores them a second time: readers take cost_alloc_keys.tags through
-- alloc_key_id. Parsing a jsonb value per line was about a tenth of the lines' COPY (BENCHMARKS.md).
alter table cost_lines drop column tags;
