-- Each counted posting with the number of ids that published its job within the repost window (itself included):
-- Lightcast's posting intensity, per posting. Summed from deltas like fact_count; a row at 0 is deleted.
create table counted_posting (
    posting_id text    not null,
    month      date    not null,
    copies     integer not null,
    primary key (posting_id, month)
);
create index counted_posting_by_copies on counted_posting (month, copies);
