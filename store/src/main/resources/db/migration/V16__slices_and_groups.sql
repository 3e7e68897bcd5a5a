-- Readings of all postings or of one industry, and the shares of groups of terms and of breakdown values in any
-- slice, from summaries instead of counting over counted_posting (docs/read-model.md).
--
-- The cube's vectors (cube_month, and slice_month below) now count, besides terms, each posting's groups of terms
-- (category:<category>, group:<named group of the taxonomy file>, group:model-only: a posting counts once per group)
-- and its breakdown values (education-required:<value>, education-preferred:<value>, experience:<band>,
-- industry:<industry>), each an element of its own in term_ordinal.

-- Rollups of the cube: slice 'all' (value '') holds a month's counted postings, slice 'industry' those of one
-- industry, so that such readings read a row a month. Bounded by months x (industries + 1).
create table slice_month (
    slice         text     not null,
    value         text     not null,
    month         date     not null,
    postings      bigint   not null,
    term_postings bigint[] not null,
    primary key (slice, value, month)
) with (fillfactor = 70);

-- Rebuilt from Kafka with the new elements: the projector finds no source and no positions, and reads
-- count-changes from the start.
truncate fact_count, counted_posting, projector_offset, cube_month, cooccurrence_month, breakdown_month;
delete from projector_source;
