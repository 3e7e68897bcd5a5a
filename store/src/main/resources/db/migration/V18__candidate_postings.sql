-- Terms beyond the taxonomy (docs/emerging.md). Their monthly counts are facts (candidate-month, alias-month in
-- fact_count); this table holds, per candidate, the counted postings asking for it with their taxonomy terms: where
-- GET /api/emerging reads a candidate's example postings and the guide's terms it appears with, reading only that
-- candidate's newest rows. Summed from deltas like counted_posting, the whole row is the key (an edit's retraction
-- and its new row meet in either order), and a row at 0 is deleted. Counts of generation v4 on: a database counted
-- by v3 is refused by the projector until it rebuilds (docs/operations.md), which fills this table.
create table candidate_posting (
    candidate  text    not null,
    month      date    not null,
    posting_id text    not null,
    terms      text[]  not null,
    postings   integer not null,
    primary key (candidate, month, posting_id, terms)
);
