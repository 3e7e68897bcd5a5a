-- Postings now carry the employer's industry (schema.org JobPosting industry; "unknown" when the source does not
-- say), a breakdown like country or seniority: counted per month as postings-by-industry, and on each counted
-- posting, so a term's share and every reading can be sliced by it. Like every breakdown value it is part of the
-- counted posting's key. The counts are rebuilt from Kafka with it (as after V6): the projector finds no source and
-- no positions, and reads count-changes from the start.
truncate fact_count, counted_posting, projector_offset;
delete from projector_source;

alter table counted_posting
    add column industry text not null;
alter table counted_posting drop constraint counted_posting_pkey;
alter table counted_posting add primary key (posting_id, month, terms, country, region, seniority, education_required,
    education_preferred, experience, industry);
