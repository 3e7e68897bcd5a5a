package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.PROJECTOR_OFFSET;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_SOURCE;
import static dev.skillpulse.store.jooq.Tables.WEEK_POSTINGS;
import static dev.skillpulse.store.jooq.Tables.WEEK_TERM_POSTINGS;

import dev.skillpulse.streams.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the latest count of each fact and the topic positions they came from, in one transaction.
 * Counts are absolute, so writing one twice is harmless; a count of 0 removes the row.
 */
public final class CountWriter {
    private static final Logger LOG = LoggerFactory.getLogger(CountWriter.class);

    /** Where a batch ends in one partition: the offset to read next. */
    public record Position(String topic, int partition, long nextOffset) {
    }

    private final DSLContext dsl;

    public CountWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void write(Map<Fact, Long> counts, List<Position> positions) {
        dsl.transaction(tx -> {
            DSLContext c = tx.dsl();
            List<Query> queries = new ArrayList<>();
            counts.forEach((fact, count) -> {
                Query q = query(c, fact, count);
                if (q != null) {
                    queries.add(q);
                }
            });
            positions.forEach(p -> queries.add(c.insertInto(PROJECTOR_OFFSET)
                    .set(PROJECTOR_OFFSET.TOPIC, p.topic())
                    .set(PROJECTOR_OFFSET.PARTITION, p.partition())
                    .set(PROJECTOR_OFFSET.NEXT_OFFSET, p.nextOffset())
                    .onConflict(PROJECTOR_OFFSET.TOPIC, PROJECTOR_OFFSET.PARTITION)
                    .doUpdate()
                    .set(PROJECTOR_OFFSET.NEXT_OFFSET, p.nextOffset())));
            c.batch(queries).execute();
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
            c.truncate(WEEK_POSTINGS).execute();
            c.truncate(WEEK_TERM_POSTINGS).execute();
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

    private static Query query(DSLContext c, Fact fact, long count) {
        switch (fact.metric()) {
            case Fact.POSTINGS:
                return count <= 0
                        ? c.deleteFrom(WEEK_POSTINGS)
                                .where(WEEK_POSTINGS.WEEK_START.eq(fact.period()))
                        : c.insertInto(WEEK_POSTINGS)
                                .set(WEEK_POSTINGS.WEEK_START, fact.period())
                                .set(WEEK_POSTINGS.POSTINGS, count)
                                .onConflict(WEEK_POSTINGS.WEEK_START)
                                .doUpdate()
                                .set(WEEK_POSTINGS.POSTINGS, count);
            case Fact.TERM:
                return count <= 0
                        ? c.deleteFrom(WEEK_TERM_POSTINGS)
                                .where(WEEK_TERM_POSTINGS.WEEK_START.eq(fact.period()))
                                .and(WEEK_TERM_POSTINGS.TERM_ID.eq(fact.subject()))
                        : c.insertInto(WEEK_TERM_POSTINGS)
                                .set(WEEK_TERM_POSTINGS.WEEK_START, fact.period())
                                .set(WEEK_TERM_POSTINGS.TERM_ID, fact.subject())
                                .set(WEEK_TERM_POSTINGS.POSTINGS, count)
                                .onConflict(WEEK_TERM_POSTINGS.WEEK_START, WEEK_TERM_POSTINGS.TERM_ID)
                                .doUpdate()
                                .set(WEEK_TERM_POSTINGS.POSTINGS, count);
            default:
                LOG.warn("Skipping fact of unknown metric {} (newer topology?)", fact.metric());
                return null;
        }
    }
}
