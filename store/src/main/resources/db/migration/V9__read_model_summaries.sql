-- The read model: summaries whose size depends on terms x months x breakdown values, never on the number of
-- postings, kept by the projector in the same transaction as the counts and its offsets (docs/read-model.md).
-- Every row is a sum of deltas (a retraction may arrive before its addition), so no sign check; a row at 0 is
-- deleted by the projector. fillfactor 70 leaves room on each page for in-place (HOT) updates, which touch no index.

-- Co-occurrence: counted postings of a month mentioning both terms, each pair once with term_a < term_b.
-- Taxonomy terms only, so a month holds at most t(t-1)/2 rows (3,741 for 87 terms). The primary key serves
-- "pairs of X" where X is term_a, the second index where X is term_b; both are maintained only when a pair first
-- appears in a month (updates are HOT).
create table term_pair_month (
    term_a   text   not null,
    month    date   not null,
    term_b   text   not null,
    postings bigint not null,
    primary key (term_a, month, term_b)
) with (fillfactor = 70);
create index term_pair_month_by_b on term_pair_month (term_b, month, term_a);

-- Counted postings per term per month per (country, region, seniority): the filters of top skills, trends and
-- related skills, and a term's breakdown by country, region or seniority. term_id '' holds all postings, the
-- denominators. Bounded by terms x months x regions x seniority levels; region is written country/region.
create table term_cube_month (
    term_id   text   not null,
    month     date   not null,
    country   text   not null,
    region    text   not null,
    seniority text   not null,
    postings  bigint not null,
    primary key (term_id, month, country, region, seniority)
) with (fillfactor = 70);

-- New facts in fact_count (term-by-education-required, term-by-education-preferred, term-by-experience,
-- postings-by-copies) and the tables above are rebuilt from Kafka: the projector finds no source and no positions
-- and reads count-changes from the start.
truncate fact_count, counted_posting, projector_offset;
delete from projector_source;
