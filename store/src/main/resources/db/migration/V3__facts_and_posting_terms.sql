-- Counts of every fact the topology produces, in one table: metric names what is counted
-- (postings-week, term-month, term-by-country, ...), period is the bucket's first day (ISO week Monday or first of
-- month), subject the term ('' for all postings), dimension the breakdown value ('' when none).
create table fact_count (
    metric    text   not null,
    period    date   not null,
    subject   text   not null,
    dimension text   not null,
    postings  bigint not null check (postings > 0),
    primary key (metric, period, subject, dimension)
);
create index fact_count_by_subject on fact_count (metric, subject, period);

-- The weekly tables of V1 are now metrics postings-week and term-week of fact_count: rebuilt by the projector.
drop table week_postings;
drop table week_term_postings;
truncate projector_offset;
delete from projector_source;

-- Terms of each counted posting (reposts collapsed), by month: co-occurrence is counted here, in SQL.
create table posting_term (
    posting_id text not null,
    month      date not null,
    term_id    text not null,
    primary key (posting_id, term_id)
);
create index posting_term_by_term on posting_term (term_id, month);
