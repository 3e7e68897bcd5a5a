-- The topology now emits, per posting id, how its contribution to the counts changed, and the projector adds
-- those changes up: counts become sums of deltas. The derived tables are rebuilt from Kafka.
truncate fact_count, posting_term, projector_offset;
delete from projector_source;

-- Rows are upserted with a delta, which may be negative, and PostgreSQL checks constraints on the proposed row
-- before it resolves the conflict: a sign check would refuse every retraction.
alter table fact_count drop constraint fact_count_postings_check;

-- The projector upserts deltas into `postings` only. With no index on it and room left on each page, PostgreSQL
-- updates a row in place (a HOT update) without touching any index, so rows that reach 0 are deleted by key
-- rather than found through a partial index on `postings = 0`. The primary key leads with what queries filter on
-- (metric, subject, then a period range), so it replaces the second index: one index to maintain instead of two.
drop index fact_count_by_subject;
alter table fact_count drop constraint fact_count_pkey;
alter table fact_count add primary key (metric, subject, period, dimension);
alter table fact_count set (fillfactor = 70);

-- Co-occurrence rows are summed too: when an edit moves a posting to another job group, its retraction and its
-- new rows may arrive in either order, so a row counts its contributions (1 at rest) and goes at 0.
alter table posting_term drop constraint posting_term_pkey;
alter table posting_term add column weight integer not null;
alter table posting_term add primary key (posting_id, month, term_id);
