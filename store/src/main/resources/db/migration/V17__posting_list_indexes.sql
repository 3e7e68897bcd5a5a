-- The drill-down (GET /api/postings) filters counted postings by term and country and must not read every counted
-- posting to find a rare one: a term in 0.1 % of postings, or a small country, is found through these indexes and
-- only its own rows are read. Frequent filters are served by walking posting_detail_by_date newest first instead.
-- GIN on the term array answers terms @> '{python}' (fastupdate, the default, keeps the projector's upserts cheap by
-- batching index insertions in the pending list).
create index counted_posting_terms on counted_posting using gin (terms);
create index counted_posting_by_country on counted_posting (country);
