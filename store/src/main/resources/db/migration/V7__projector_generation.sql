-- The topology generation the stored counts came from, next to the Kafka cluster: offsets and counts of one
-- generation mean nothing to another, so the projector refuses to mix them unless asked to rebuild.
alter table projector_source
    add column generation text;
