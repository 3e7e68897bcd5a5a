-- What the count changes do not carry, for the postings behind a number: title, company, place, date and url of
-- every live posting id, projected from the compacted postings topic (a tombstone deletes the row). The drill-down
-- joins it with counted_posting, so deleted postings and reposts of another id never show, and a job shows once
-- with its copies. search holds title and company for full-text search.
create table posting_detail (
    posting_id text primary key,
    title      text,
    company    text,
    city       text,
    region     text,
    country    text,
    posted_at  date not null,
    url        text,
    search     tsvector generated always as (
        to_tsvector('english', coalesce(title, '') || ' ' || coalesce(company, ''))) stored
);
create index posting_detail_search on posting_detail using gin (search);
create index posting_detail_by_date on posting_detail (posted_at desc, posting_id);
