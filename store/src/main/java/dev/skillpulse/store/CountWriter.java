package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.POSTING_TERM;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_OFFSET;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_SOURCE;
import static org.jooq.impl.DSL.excluded;

import dev.skillpulse.streams.Fact;
import dev.skillpulse.streams.FactTally.PostingTerm;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.BatchBindStep;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Adds count changes to the stored counts, with the topic positions they came from, in one transaction: the
 * projector's offsets move with the data, so each change is added exactly once. A count that reaches 0 is removed.
 */
public final class CountWriter {
    /** Where a batch ends in one partition: the offset to read next. */
    public record Position(String topic, int partition, long nextOffset) {
    }

    private final DSLContext dsl;

    public CountWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void add(Map<Fact, Long> factDeltas, List<Position> positions) {
        add(factDeltas, Map.of(), positions);
    }

    public void add(Map<Fact, Long> factDeltas, Map<PostingTerm, Long> postingTermDeltas, List<Position> positions) {
        dsl.transaction(tx -> {
            DSLContext c = tx.dsl();
            addFactDeltas(c, factDeltas);
            addPostingTermDeltas(c, postingTermDeltas);
            savePositions(c, positions);
        });
    }

    /*
     * Each batch of rows goes in as one statement over unnest()ed arrays: one round trip and one plan however many
     * rows, several times faster than a JDBC batch of single-row upserts.
     */
    private static void addFactDeltas(DSLContext c, Map<Fact, Long> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        c.insertInto(FACT_COUNT,
                        FACT_COUNT.METRIC, FACT_COUNT.PERIOD, FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION, FACT_COUNT.POSTINGS)
                .select(DSL.select(column(FACT_COUNT.METRIC), column(FACT_COUNT.PERIOD), column(FACT_COUNT.SUBJECT),
                                column(FACT_COUNT.DIMENSION), column(FACT_COUNT.POSTINGS))
                        .from(factRows(deltas)))
                .onConflict(FACT_COUNT.METRIC, FACT_COUNT.SUBJECT, FACT_COUNT.PERIOD, FACT_COUNT.DIMENSION)
                .doUpdate()
                .set(FACT_COUNT.POSTINGS, FACT_COUNT.POSTINGS.plus(excluded(FACT_COUNT.POSTINGS)))
                .execute();
        // Only a fact that went down can have reached 0.
        Map<Fact, Long> decreased = new HashMap<>(deltas);
        decreased.values().removeIf(d -> d > 0);
        if (!decreased.isEmpty()) {
            c.deleteFrom(FACT_COUNT)
                    .where(DSL.row(FACT_COUNT.METRIC, FACT_COUNT.PERIOD, FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION)
                            .in(DSL.select(column(FACT_COUNT.METRIC), column(FACT_COUNT.PERIOD),
                                            column(FACT_COUNT.SUBJECT), column(FACT_COUNT.DIMENSION))
                                    .from(factRows(decreased))))
                    .and(FACT_COUNT.POSTINGS.eq(0L))
                    .execute();
        }
    }

    /** The facts and deltas as a table {@code t} of rows named like fact_count's columns, from unnest()ed arrays. */
    private static Table<?> factRows(Map<Fact, Long> deltas) {
        int n = deltas.size();
        String[] metrics = new String[n];
        LocalDate[] periods = new LocalDate[n];
        String[] subjects = new String[n];
        String[] dimensions = new String[n];
        Long[] amounts = new Long[n];
        int i = 0;
        for (Map.Entry<Fact, Long> e : deltas.entrySet()) {
            metrics[i] = e.getKey().metric();
            periods[i] = e.getKey().period();
            subjects[i] = e.getKey().subject();
            dimensions[i] = e.getKey().dimension();
            amounts[i++] = e.getValue();
        }
        return DSL.table("unnest({0}, {1}, {2}, {3}, {4}) as t(metric, period, subject, dimension, postings)",
                DSL.val(metrics), DSL.val(periods), DSL.val(subjects), DSL.val(dimensions), DSL.val(amounts));
    }

    private static void addPostingTermDeltas(DSLContext c, Map<PostingTerm, Long> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        c.insertInto(POSTING_TERM, POSTING_TERM.POSTING_ID, POSTING_TERM.MONTH, POSTING_TERM.TERM_ID, POSTING_TERM.WEIGHT)
                .select(DSL.select(column(POSTING_TERM.POSTING_ID), column(POSTING_TERM.MONTH),
                                column(POSTING_TERM.TERM_ID), column(POSTING_TERM.WEIGHT))
                        .from(postingTermRows(deltas)))
                .onConflict(POSTING_TERM.POSTING_ID, POSTING_TERM.MONTH, POSTING_TERM.TERM_ID)
                .doUpdate()
                .set(POSTING_TERM.WEIGHT, POSTING_TERM.WEIGHT.plus(excluded(POSTING_TERM.WEIGHT)))
                .execute();
        Map<PostingTerm, Long> decreased = new HashMap<>(deltas);
        decreased.values().removeIf(d -> d > 0);
        if (!decreased.isEmpty()) {
            c.deleteFrom(POSTING_TERM)
                    .where(DSL.row(POSTING_TERM.POSTING_ID, POSTING_TERM.MONTH, POSTING_TERM.TERM_ID)
                            .in(DSL.select(column(POSTING_TERM.POSTING_ID), column(POSTING_TERM.MONTH),
                                            column(POSTING_TERM.TERM_ID))
                                    .from(postingTermRows(decreased))))
                    .and(POSTING_TERM.WEIGHT.eq(0))
                    .execute();
        }
    }

    /** The co-occurrence rows and deltas as a table {@code t} named like posting_term's columns. */
    private static Table<?> postingTermRows(Map<PostingTerm, Long> deltas) {
        int n = deltas.size();
        String[] ids = new String[n];
        LocalDate[] months = new LocalDate[n];
        String[] terms = new String[n];
        Integer[] weights = new Integer[n];
        int i = 0;
        for (Map.Entry<PostingTerm, Long> e : deltas.entrySet()) {
            ids[i] = e.getKey().postingId();
            months[i] = e.getKey().month();
            terms[i] = e.getKey().termId();
            weights[i++] = Math.toIntExact(e.getValue());
        }
        return DSL.table("unnest({0}, {1}, {2}, {3}) as t(posting_id, month, term_id, weight)",
                DSL.val(ids), DSL.val(months), DSL.val(terms), DSL.val(weights));
    }

    /** The column of the unnest()ed rows named like {@code field}, with its type. */
    private static <T> Field<T> column(Field<T> field) {
        return DSL.field(DSL.name("t", field.getName()), field.getDataType());
    }

    private static void savePositions(DSLContext c, List<Position> positions) {
        if (positions.isEmpty()) {
            return;
        }
        BatchBindStep offsets = c.batch(c.insertInto(PROJECTOR_OFFSET,
                        PROJECTOR_OFFSET.TOPIC, PROJECTOR_OFFSET.PARTITION, PROJECTOR_OFFSET.NEXT_OFFSET)
                .values((String) null, (Integer) null, (Long) null)
                .onConflict(PROJECTOR_OFFSET.TOPIC, PROJECTOR_OFFSET.PARTITION)
                .doUpdate()
                .set(PROJECTOR_OFFSET.NEXT_OFFSET, excluded(PROJECTOR_OFFSET.NEXT_OFFSET)));
        positions.forEach(p -> offsets.bind(p.topic(), p.partition(), p.nextOffset()));
        offsets.execute();
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
