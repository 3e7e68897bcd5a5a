-- One row per counted posting carries what is counted per posting rather than per fact: its terms, for
-- co-occurrence, and its breakdown values, for the share of a term by country, region, seniority, education and
-- experience. Those used to be rows too: one posting_term row per (posting, term), with two index entries each,
-- and three term-by-breakdown fact rows per term; their upserts took most of PostgreSQL's time in the benchmark
-- (docs/bench.md). They are now counted at query time over the period's counted postings, and every breakdown can
-- be asked per term, not only country, region and seniority.
-- The whole contribution is the key, so that an edit's retraction and its new row meet in either order (counts are
-- sums of deltas). Everything derived is rebuilt from Kafka: the projector finds no source and no positions, and
-- reads count-changes from the start.
drop table posting_term;
truncate fact_count, counted_posting, projector_offset;
delete from projector_source;

alter table counted_posting
    add column terms               text[] not null,
    add column country             text   not null,
    add column region              text   not null,
    add column seniority           text   not null,
    add column education_required  text   not null,
    add column education_preferred text   not null,
    add column experience          text   not null;
alter table counted_posting drop constraint counted_posting_pkey;
alter table counted_posting add primary key (posting_id, month, terms, country, region, seniority, education_required,
    education_preferred, experience);
