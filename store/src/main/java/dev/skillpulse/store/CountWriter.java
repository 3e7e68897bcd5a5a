package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.POSTING_TERM;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_OFFSET;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_SOURCE;
import static org.jooq.impl.DSL.excluded;

import dev.skillpulse.streams.Fact;
import dev.skillpulse.streams.PostingTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.BatchBindStep;

/**
 * Writes the latest count of each fact, the terms of counted postings, and the topic positions they came from,
 * in one transaction. Values are absolute, so writing one twice is harmless; a count of 0 or a null terms value
 * removes the rows.
 */
public final class CountWriter {
    /** Where a batch ends in one partition: the offset to read next. */
    public record Position(String topic, int partition, long nextOffset) {
    }

    private final DSLContext dsl;

    public CountWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void write(Map<Fact, Long> counts, List<Position> positions) {
        write(counts, Map.of(), positions);
    }

    public void write(Map<Fact, Long> counts, Map<String, PostingTerms> postingTerms, List<Position> positions) {
        dsl.transaction(tx -> {
            DSLContext c = tx.dsl();
            // One prepared statement per kind of change, bound once per row: jOOQ renders and PostgreSQL plans
            // each statement once, and the driver rewrites the inserts into multi-row ones.
            BatchBindStep upserts = c.batch(c.insertInto(FACT_COUNT,
                            FACT_COUNT.METRIC, FACT_COUNT.PERIOD, FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION, FACT_COUNT.POSTINGS)
                    .values((String) null, (LocalDate) null, (String) null, (String) null, (Long) null)
                    .onConflict(FACT_COUNT.METRIC, FACT_COUNT.PERIOD, FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION)
                    .doUpdate()
                    .set(FACT_COUNT.POSTINGS, excluded(FACT_COUNT.POSTINGS)));
            BatchBindStep deletes = c.batch(c.deleteFrom(FACT_COUNT)
                    .where(FACT_COUNT.METRIC.eq((String) null))
                    .and(FACT_COUNT.PERIOD.eq((LocalDate) null))
                    .and(FACT_COUNT.SUBJECT.eq((String) null))
                    .and(FACT_COUNT.DIMENSION.eq((String) null)));
            counts.forEach((f, n) -> {
                if (n > 0) {
                    upserts.bind(f.metric(), f.period(), f.subject(), f.dimension(), n);
                } else {
                    deletes.bind(f.metric(), f.period(), f.subject(), f.dimension());
                }
            });
            BatchBindStep termDeletes = c.batch(c.deleteFrom(POSTING_TERM)
                    .where(POSTING_TERM.POSTING_ID.eq((String) null)));
            BatchBindStep termInserts = c.batch(c.insertInto(POSTING_TERM,
                            POSTING_TERM.POSTING_ID, POSTING_TERM.MONTH, POSTING_TERM.TERM_ID)
                    .values((String) null, (LocalDate) null, (String) null));
            postingTerms.forEach((id, terms) -> {
                termDeletes.bind(id);
                if (terms != null) {
                    terms.terms().forEach(term -> termInserts.bind(id, terms.month(), term));
                }
            });
            BatchBindStep offsets = c.batch(c.insertInto(PROJECTOR_OFFSET,
                            PROJECTOR_OFFSET.TOPIC, PROJECTOR_OFFSET.PARTITION, PROJECTOR_OFFSET.NEXT_OFFSET)
                    .values((String) null, (Integer) null, (Long) null)
                    .onConflict(PROJECTOR_OFFSET.TOPIC, PROJECTOR_OFFSET.PARTITION)
                    .doUpdate()
                    .set(PROJECTOR_OFFSET.NEXT_OFFSET, excluded(PROJECTOR_OFFSET.NEXT_OFFSET)));
            positions.forEach(p -> offsets.bind(p.topic(), p.partition(), p.nextOffset()));
            // Term deletes run before term inserts: a posting's new terms replace its old ones.
            for (BatchBindStep batch : List.of(upserts, deletes, termDeletes, termInserts, offsets)) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
        });
    }

    /**
     * Binds the stored counts and positions to a Kafka cluster. When they came from another cluster (a new demo
     * state directory, a rebuilt broker), they are dropped, so the projector rebuilds them from the new source.
     * Returns true when that happened.
     */
    public boolean claimSource(String clusterId) {
        return dsl.transactionResult(tx -> {
            DSLContext c = tx.dsl();
            String current = c.select(PROJECTOR_SOURCE.CLUSTER_ID)
                    .from(PROJECTOR_SOURCE)
                    .forUpdate()
                    .fetchOne(PROJECTOR_SOURCE.CLUSTER_ID);
            if (clusterId.equals(current)) {
                return false;
            }
            c.truncate(FACT_COUNT).execute();
            c.truncate(POSTING_TERM).execute();
            c.truncate(PROJECTOR_OFFSET).execute();
            c.insertInto(PROJECTOR_SOURCE)
                    .set(PROJECTOR_SOURCE.CLUSTER_ID, clusterId)
                    .onConflict(PROJECTOR_SOURCE.SINGLETON)
                    .doUpdate()
                    .set(PROJECTOR_SOURCE.CLUSTER_ID, clusterId)
                    .execute();
            return current != null;
        });
    }

    /** The stored position of a partition, or -1 when the projector has not been there yet. */
    public long nextOffset(String topic, int partition) {
        Long offset = dsl.select(PROJECTOR_OFFSET.NEXT_OFFSET)
                .from(PROJECTOR_OFFSET)
                .where(PROJECTOR_OFFSET.TOPIC.eq(topic))
                .and(PROJECTOR_OFFSET.PARTITION.eq(partition))
                .fetchOne(PROJECTOR_OFFSET.NEXT_OFFSET);
        return offset == null ? -1 : offset;
    }
}
