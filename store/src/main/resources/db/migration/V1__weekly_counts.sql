-- Terms of the taxonomy in use, so queries can name and group what they count.
create table term (
    id       text primary key,
    label    text not null,
    type     text not null,
    category text not null
);

-- Live postings per ISO week of postedAt (week_start is the Monday): the denominator of every share.
create table week_postings (
    week_start date   primary key,
    postings   bigint not null check (postings > 0)
);

-- Live postings per ISO week mentioning a term (a posting counts once per term).
create table week_term_postings (
    week_start date   not null,
    term_id    text   not null,
    postings   bigint not null check (postings > 0),
    primary key (week_start, term_id)
);
create index week_term_postings_by_term on week_term_postings (term_id, week_start);

-- Where the projector is in each count topic partition, written in the same transaction as the counts,
-- so a crash never applies a record twice or skips one.
create table projector_offset (
    topic       text   not null,
    partition   int    not null,
    next_offset bigint not null,
    primary key (topic, partition)
);
