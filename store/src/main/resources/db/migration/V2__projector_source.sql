-- The Kafka cluster the projector's offsets refer to. Offsets from another cluster mean nothing:
-- when the source changes, the projector starts over from the new cluster's beginning.
create table projector_source (
    singleton  boolean primary key default true check (singleton),
    cluster_id text not null
);
