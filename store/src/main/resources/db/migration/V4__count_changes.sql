-- The topology now emits, per posting id, how its contribution to the counts changed, and the projector adds
-- those changes up: counts become sums of deltas. The derived tables are rebuilt from Kafka.
truncate fact_count, posting_term, projector_offset;
delete from projector_source;

-- Rows are upserted with a delta, which may be negative, and PostgreSQL checks constraints on the proposed row
-- before it resolves the conflict: a sign check would refuse every retraction.
alter table fact_count drop constraint fact_count_postings_check;

-- Co-occurrence rows are summed too: when an edit moves a posting to another job group, its retraction and its
-- new rows may arrive in either order, so a row counts its contributions (1 at rest) and goes at 0.
alter table posting_term drop constraint posting_term_pkey;
alter table posting_term add column weight integer not null;
alter table posting_term add primary key (posting_id, month, term_id);

-- Rows that reached 0 are deleted at the end of each projector transaction; these keep finding them cheap.
create index fact_count_zero on fact_count (metric) where postings = 0;
create index posting_term_zero on posting_term (posting_id) where weight = 0;
