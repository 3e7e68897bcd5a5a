-- The projector upserts deltas into `postings` and `weight` only. With no index on those columns and room left on
-- each page, PostgreSQL updates a row in place (a HOT update) without touching any index; a partial index on
-- `postings = 0` would rule that out, so rows that reach 0 are deleted by key instead. The primary key of
-- fact_count now leads with what queries filter on (metric, subject, then a period range), so it replaces the
-- second index, and each upsert maintains one index instead of three.
drop index fact_count_zero;
drop index posting_term_zero;
drop index fact_count_by_subject;
alter table fact_count drop constraint fact_count_pkey;
alter table fact_count add primary key (metric, subject, period, dimension);
alter table fact_count set (fillfactor = 70);
