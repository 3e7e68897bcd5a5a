package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_OFFSET;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_SOURCE;
import static org.jooq.impl.DSL.excluded;

import dev.skillpulse.contract.CountDeltas.CountedPosting;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Fact;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.TableField;
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
        add(CountDeltas.ofFacts(factDeltas), positions);
    }

    public void add(CountDeltas deltas, List<Position> positions) {
        dsl.transaction(tx -> {
            DSLContext c = tx.dsl();
            addDeltas(c, FACT_COUNT.POSTINGS, deltas.facts(), List.of(
                    key(FACT_COUNT.METRIC, Fact::metric), key(FACT_COUNT.PERIOD, Fact::period),
                    key(FACT_COUNT.SUBJECT, Fact::subject), key(FACT_COUNT.DIMENSION, Fact::dimension)));
            addDeltas(c, COUNTED_POSTING.COPIES, deltas.copies(), List.of(
                    key(COUNTED_POSTING.POSTING_ID, CountedPosting::postingId),
                    key(COUNTED_POSTING.MONTH, CountedPosting::month),
                    arrayKey(COUNTED_POSTING.TERMS, CountedPosting::terms),
                    key(COUNTED_POSTING.COUNTRY, p -> p.profile().country()),
                    key(COUNTED_POSTING.REGION, p -> p.profile().region()),
                    key(COUNTED_POSTING.SENIORITY, p -> p.profile().seniority()),
                    key(COUNTED_POSTING.EDUCATION_REQUIRED, p -> p.profile().educationRequired()),
                    key(COUNTED_POSTING.EDUCATION_PREFERRED, p -> p.profile().educationPreferred()),
                    key(COUNTED_POSTING.EXPERIENCE, p -> p.profile().experience()),
                    key(COUNTED_POSTING.INDUSTRY, p -> p.profile().industry())));
            savePositions(c, positions);
        });
    }

    /**
     * A key column of a summed table: how to read its value from a delta's key, the type it is bound as, and the
     * column it becomes in SQL once unnest()ed.
     */
    private record Key<K>(Field<?> field, Function<K, ?> value, Class<?> boundType,
            UnaryOperator<Field<?>> fromBound) {
    }

    private static <K> Key<K> key(Field<?> field, Function<K, ?> value) {
        return new Key<>(field, value, field.getType(), UnaryOperator.identity());
    }

    /**
     * A text[] key: unnest() flattens an array of arrays into its elements, so each row's array is bound as one
     * comma-joined text and split back in SQL (term ids never hold a comma: Taxonomy checks them).
     */
    private static <K> Key<K> arrayKey(Field<String[]> field, Function<K, List<String>> value) {
        return new Key<>(field, k -> String.join(",", value.apply(k)), String.class,
                bound -> DSL.field("string_to_array({0}, ',')", field.getDataType(), bound));
    }

    /**
     * Adds each delta to the {@code sum} column of the row with its key, inserting missing rows and deleting rows
     * that reach 0 (only a row that went down can have). Each step is one statement over unnest()ed arrays: one
     * round trip and one plan however many rows, several times faster than a JDBC batch of single-row upserts.
     */
    private static <K, N extends Number> void addDeltas(DSLContext c, TableField<?, N> sum, Map<K, Long> deltas,
            List<Key<K>> keys) {
        if (deltas.isEmpty()) {
            return;
        }
        Table<?> table = sum.getTable();
        List<Field<?>> keyFields = keys.stream().<Field<?>>map(Key::field).toList();
        List<Field<?>> keyColumns = keys.stream().<Field<?>>map(CountWriter::column).toList();
        List<Field<?>> allFields = new ArrayList<>(keyFields);
        allFields.add(sum);
        List<Field<?>> allColumns = new ArrayList<>(keyColumns);
        allColumns.add(DSL.field(DSL.name("t", sum.getName()), sum.getDataType()));
        c.insertInto(table)
                .columns(allFields)
                .select(DSL.select(allColumns).from(rows(deltas, keys, sum)))
                .onConflict(keyFields)
                .doUpdate()
                .set(sum, sum.plus(excluded(sum)))
                .execute();
        Map<K, Long> decreased = new HashMap<>(deltas);
        decreased.values().removeIf(d -> d > 0);
        if (!decreased.isEmpty()) {
            c.deleteFrom(table)
                    .where(DSL.row(keyFields).in(DSL.select(keyColumns).from(rows(decreased, keys, sum))))
                    .and(sum.eq(sum.getDataType().convert(0)))
                    .execute();
        }
    }

    /** The deltas as a table {@code t} with the key columns and {@code sum}, from one array per column. */
    private static <K> Table<?> rows(Map<K, Long> deltas, List<Key<K>> keys, Field<?> sum) {
        int n = deltas.size();
        Object[] columns = new Object[keys.size() + 1];
        for (int k = 0; k < keys.size(); k++) {
            columns[k] = Array.newInstance(keys.get(k).boundType(), n);
        }
        columns[keys.size()] = Array.newInstance(sum.getType(), n);
        int i = 0;
        for (Map.Entry<K, Long> e : deltas.entrySet()) {
            for (int k = 0; k < keys.size(); k++) {
                Array.set(columns[k], i, keys.get(k).value().apply(e.getKey()));
            }
            Array.set(columns[keys.size()], i++, sum.getDataType().convert(e.getValue()));
        }
        StringJoiner params = new StringJoiner(", ", "unnest(", ")");
        StringJoiner names = new StringJoiner(", ", " as t(", ")");
        for (int k = 0; k < columns.length; k++) {
            params.add("{" + k + "}");
            names.add(k < keys.size() ? keys.get(k).field().getName() : sum.getName());
        }
        return DSL.table(params + names.toString(), Arrays.stream(columns).map(DSL::val).toArray(QueryPart[]::new));
    }

    /** The key's column of the unnest()ed rows, as the key column's type. */
    private static Field<?> column(Key<?> key) {
        return key.fromBound().apply(DSL.field(DSL.name("t", key.field().getName()), key.boundType()));
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
            c.truncate(COUNTED_POSTING).execute();
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
