package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.POSTING_TERM;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_OFFSET;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_SOURCE;

import dev.skillpulse.streams.Fact;
import dev.skillpulse.streams.PostingTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;

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
            List<Query> queries = new ArrayList<>();
            counts.forEach((fact, count) -> queries.add(countQuery(c, fact, count)));
            postingTerms.forEach((id, terms) -> termQueries(c, id, terms, queries));
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

    private static Query countQuery(DSLContext c, Fact fact, long count) {
        if (count <= 0) {
            return c.deleteFrom(FACT_COUNT)
                    .where(FACT_COUNT.METRIC.eq(fact.metric()))
                    .and(FACT_COUNT.PERIOD.eq(fact.period()))
                    .and(FACT_COUNT.SUBJECT.eq(fact.subject()))
                    .and(FACT_COUNT.DIMENSION.eq(fact.dimension()));
        }
        return c.insertInto(FACT_COUNT)
                .set(FACT_COUNT.METRIC, fact.metric())
                .set(FACT_COUNT.PERIOD, fact.period())
                .set(FACT_COUNT.SUBJECT, fact.subject())
                .set(FACT_COUNT.DIMENSION, fact.dimension())
                .set(FACT_COUNT.POSTINGS, count)
                .onConflict(FACT_COUNT.METRIC, FACT_COUNT.PERIOD, FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION)
                .doUpdate()
                .set(FACT_COUNT.POSTINGS, count);
    }

    private static void termQueries(DSLContext c, String postingId, PostingTerms terms, List<Query> queries) {
        queries.add(c.deleteFrom(POSTING_TERM)
                .where(POSTING_TERM.POSTING_ID.eq(postingId)));
        if (terms == null) {
            return;
        }
        for (String term : terms.terms()) {
            queries.add(c.insertInto(POSTING_TERM)
                    .set(POSTING_TERM.POSTING_ID, postingId)
                    .set(POSTING_TERM.MONTH, terms.month())
                    .set(POSTING_TERM.TERM_ID, term));
        }
    }
}
