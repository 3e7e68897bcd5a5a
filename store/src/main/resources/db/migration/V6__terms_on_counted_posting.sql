-- Co-occurrence from one row per counted posting, with its terms in an array, instead of one row per (posting,
-- term): those rows were some 15 per posting, each with two index entries, and their upserts took half of
-- PostgreSQL's time in the benchmark. The terms are part of the key, so that an edit's retraction and its new row
-- meet in either order (counts are sums of deltas). Everything derived is rebuilt from Kafka: the projector finds
-- no source and no positions, and reads count-changes from the start.
drop table posting_term;
truncate fact_count, counted_posting, projector_offset;
delete from projector_source;

alter table counted_posting add column terms text[] not null;
alter table counted_posting drop constraint counted_posting_pkey;
alter table counted_posting add primary key (posting_id, month, terms);
