package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.CANDIDATE_POSTING;
import static dev.skillpulse.store.jooq.Tables.BREAKDOWN_MONTH;
import static dev.skillpulse.store.jooq.Tables.COOCCURRENCE_MONTH;
import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.CUBE_MONTH;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_OFFSET;
import static dev.skillpulse.store.jooq.Tables.PROJECTOR_SOURCE;
import static dev.skillpulse.store.jooq.Tables.SLICE_MONTH;
import static dev.skillpulse.store.jooq.Tables.TERM_ORDINAL;
import static org.jooq.impl.DSL.excluded;

import dev.skillpulse.contract.CountDeltas.BreakdownCell;
import dev.skillpulse.contract.CountDeltas.CandidatePosting;
import dev.skillpulse.contract.CountDeltas.CountedPosting;
import dev.skillpulse.contract.CountDeltas.CubeCell;
import dev.skillpulse.contract.CountDeltas.SliceCell;
import dev.skillpulse.contract.CountDeltas.TermCounts;
import dev.skillpulse.contract.CountDeltas.TermMonth;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.store.jooq.Routines;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
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
    /**
     * Where a batch ends in one partition: the offset to read next, written only if the stored offset still is
     * {@code expectedOffset} (what the projector read before the batch; {@link #NO_OFFSET}: no row yet) so that a
     * second projector cannot add the same changes again ({@link OffsetConflictException}); {@link #ANY_OFFSET}
     * writes it unconditionally.
     */
    public record Position(String topic, int partition, long expectedOffset, long nextOffset) {
        public static final long NO_OFFSET = -1;
        public static final long ANY_OFFSET = -2;

        public Position(String topic, int partition, long nextOffset) {
            this(topic, partition, ANY_OFFSET, nextOffset);
        }
    }

    private final DSLContext dsl;
    private final AppliedPosition applied;
    /** Term ordinals of committed transactions: they never change once assigned. */
    private final Map<String, Integer> knownOrdinals = new ConcurrentHashMap<>();

    public CountWriter(DSLContext dsl) {
        this(dsl, new AppliedPosition());
    }

    /** {@code applied} is advanced after each committed {@link #add}: the response cache keys on it. */
    public CountWriter(DSLContext dsl, AppliedPosition applied) {
        this.dsl = dsl;
        this.applied = applied;
    }

    public AppliedPosition applied() {
        return applied;
    }

    public void add(Map<Fact, Long> factDeltas, List<Position> positions) {
        add(CountDeltas.ofFacts(factDeltas), positions);
    }

    public void add(CountDeltas deltas, List<Position> positions) {
        Map<String, Integer> fresh = new HashMap<>();
        dsl.transaction(tx -> {
            DSLContext c = tx.dsl();
            // Offsets first: a second projector on the same batch waits on their rows and then finds them moved,
            // before it has touched (and locked, in another order) any count.
            savePositions(c, positions);
            upsert(c, deltas.facts(), List.of(
                    key(FACT_COUNT.METRIC, Fact::metric), key(FACT_COUNT.PERIOD, Fact::period),
                    key(FACT_COUNT.SUBJECT, Fact::subject), key(FACT_COUNT.DIMENSION, Fact::dimension)),
                    List.of(count(FACT_COUNT.POSTINGS)));
            upsert(c, deltas.copies(), List.of(
                    key(COUNTED_POSTING.POSTING_ID, CountedPosting::postingId),
                    key(COUNTED_POSTING.MONTH, CountedPosting::month),
                    arrayKey(COUNTED_POSTING.TERMS, CountedPosting::terms),
                    key(COUNTED_POSTING.COUNTRY, p -> p.profile().country()),
                    key(COUNTED_POSTING.REGION, p -> p.profile().region()),
                    key(COUNTED_POSTING.SENIORITY, p -> p.profile().seniority()),
                    key(COUNTED_POSTING.EDUCATION_REQUIRED, p -> p.profile().educationRequired()),
                    key(COUNTED_POSTING.EDUCATION_PREFERRED, p -> p.profile().educationPreferred()),
                    key(COUNTED_POSTING.EXPERIENCE, p -> p.profile().experience()),
                    key(COUNTED_POSTING.INDUSTRY, p -> p.profile().industry())),
                    List.of(count(COUNTED_POSTING.COPIES)));
            upsert(c, deltas.candidatePostings(), List.of(
                    key(CANDIDATE_POSTING.CANDIDATE, CandidatePosting::candidate),
                    key(CANDIDATE_POSTING.MONTH, CandidatePosting::month),
                    key(CANDIDATE_POSTING.POSTING_ID, CandidatePosting::postingId),
                    arrayKey(CANDIDATE_POSTING.TERMS, CandidatePosting::terms)),
                    List.of(count(CANDIDATE_POSTING.POSTINGS)));
            if (deltas.cube().isEmpty() && deltas.cooccurrence().isEmpty() && deltas.breakdowns().isEmpty()
                    && deltas.slices().isEmpty()) {
                return;
            }
            int[] ordinals = ordinals(c, deltas.terms(), fresh);
            upsertVectors(c, deltas.cube(), List.of(
                    key(CUBE_MONTH.MONTH, CubeCell::month), key(CUBE_MONTH.COUNTRY, CubeCell::country),
                    key(CUBE_MONTH.REGION, CubeCell::region), key(CUBE_MONTH.SENIORITY, CubeCell::seniority)),
                    CUBE_MONTH.POSTINGS, CUBE_MONTH.TERM_POSTINGS, ordinals);
            upsertVectors(c, deltas.cooccurrence(), List.of(
                    key(COOCCURRENCE_MONTH.TERM_ID, TermMonth::termId), key(COOCCURRENCE_MONTH.MONTH, TermMonth::month)),
                    COOCCURRENCE_MONTH.POSTINGS, COOCCURRENCE_MONTH.TERM_POSTINGS, ordinals);
            upsertVectors(c, deltas.breakdowns(), List.of(
                    key(BREAKDOWN_MONTH.DIMENSION, BreakdownCell::dimension),
                    key(BREAKDOWN_MONTH.MONTH, BreakdownCell::month), key(BREAKDOWN_MONTH.VALUE, BreakdownCell::value)),
                    BREAKDOWN_MONTH.POSTINGS, BREAKDOWN_MONTH.TERM_POSTINGS, ordinals);
            upsertVectors(c, deltas.slices(), List.of(
                    key(SLICE_MONTH.SLICE, SliceCell::slice), key(SLICE_MONTH.VALUE, SliceCell::value),
                    key(SLICE_MONTH.MONTH, SliceCell::month)),
                    SLICE_MONTH.POSTINGS, SLICE_MONTH.TERM_POSTINGS, ordinals);
        });
        // Only now: ordinals assigned in a transaction that rolled back were never there.
        knownOrdinals.putAll(fresh);
        applied.advance();
    }

    /**
     * Each term's element in the stored vectors (ordinal, from 1), indexed like {@code terms}: known ones from
     * memory, the others read or, for terms never seen, assigned in {@code term_ordinal}. New ones go to
     * {@code fresh}, to be remembered once the transaction has committed.
     */
    private int[] ordinals(DSLContext c, List<String> terms, Map<String, Integer> fresh) {
        List<String> unknown = terms.stream().filter(t -> !knownOrdinals.containsKey(t)).toList();
        if (!unknown.isEmpty()) {
            String[] ids = unknown.toArray(String[]::new);
            c.insertInto(TERM_ORDINAL, TERM_ORDINAL.TERM_ID)
                    .select(DSL.select(DSL.field(DSL.name("t", "id"), String.class))
                            .from(DSL.unnest(ids).as("t", "id")))
                    .onConflictDoNothing()
                    .execute();
            c.select(TERM_ORDINAL.TERM_ID, TERM_ORDINAL.ORDINAL)
                    .from(TERM_ORDINAL)
                    .where(TERM_ORDINAL.TERM_ID.eq(DSL.any(ids)))
                    .forEach(r -> fresh.put(r.value1(), r.value2()));
        }
        return terms.stream()
                .mapToInt(t -> knownOrdinals.containsKey(t) ? knownOrdinals.get(t) : fresh.get(t))
                .toArray();
    }

    /**
     * A column of the deltas' rows: its value for one delta, the type it is bound as, and the column it becomes in
     * SQL once unnest()ed.
     */
    private record Column<T>(Field<?> field, Function<T, ?> value, Class<?> boundType,
            UnaryOperator<Field<?>> fromBound) {
        /** The column of the unnest()ed rows, as the table column's type. */
        Field<?> unnested() {
            return fromBound.apply(DSL.field(DSL.name("t", field.getName()), boundType));
        }
    }

    /** A summed column: how a delta is added to what the row holds ({@code stored}, {@code excluded(field)}). */
    private record Sum<V>(Column<V> column, BinaryOperator<Field<?>> plus, boolean deleteAtZero) {
    }

    private static <K> Column<K> key(Field<?> field, Function<K, ?> value) {
        return new Column<>(field, value, field.getType(), UnaryOperator.identity());
    }

    /**
     * A text[] key: unnest() flattens an array of arrays into its elements, so each row's array is bound as one
     * comma-joined text and split back in SQL (term ids never hold a comma: Taxonomy checks them).
     */
    private static <K> Column<K> arrayKey(Field<String[]> field, Function<K, List<String>> value) {
        return new Column<>(field, k -> String.join(",", value.apply(k)), String.class,
                bound -> DSL.field("string_to_array({0}, ',')", field.getDataType(), bound));
    }

    /** A count: the delta is added, and a row that went down to 0 is deleted. */
    private static Sum<Long> count(TableField<?, ? extends Number> field) {
        return new Sum<>(new Column<>(field, v -> field.getDataType().convert(v), field.getType(),
                UnaryOperator.identity()), CountWriter::plus, true);
    }

    /** A vector row's value in ordinal space: element i counts the term (or group, or value) of ordinal i + 1. */
    private record OrdinalVector(long postings, long[] counts) {
        static OrdinalVector of(TermCounts delta, int[] ordinals) {
            long[] counts = new long[Arrays.stream(ordinals).max().orElse(0)];
            for (int i = 0; i < ordinals.length; i++) {
                counts[ordinals[i] - 1] = delta.of(i);
            }
            return new OrdinalVector(delta.postings(), counts);
        }

        OrdinalVector plus(long storedPostings, long[] stored) {
            long[] sum = Arrays.copyOf(counts, Math.max(counts.length, stored.length));
            for (int i = 0; i < stored.length; i++) {
                sum[i] += stored[i];
            }
            return new OrdinalVector(postings + storedPostings, sum);
        }

        /** As a text array literal (see arrayKey), without trailing zeros. */
        String literal() {
            int end = counts.length;
            while (end > 0 && counts[end - 1] == 0) {
                end--;
            }
            StringJoiner text = new StringJoiner(",", "{", "}");
            for (int i = 0; i < end; i++) {
                text.add(Long.toString(counts[i]));
            }
            return text.toString();
        }
    }

    /**
     * Adds term vectors to their rows. Rows that exist are read, locked, summed here and written whole: an
     * element-wise sum in SQL ({@code add_counts}) cost about 35 µs a row of 140 elements, eight times a plain
     * update, and was most of what the read model cost PostgreSQL. Rows new to the table are inserted with
     * {@code add_counts} on conflict, in case another projector inserted one since (existing rows are locked, so
     * nobody changes them before this transaction ends). Rows at zero are kept: they are bounded by months x cells,
     * and a vector can be non-zero while its postings are 0 (a retraction that arrived before its addition).
     */
    private static <K> void upsertVectors(DSLContext c, Map<K, TermCounts> deltas, List<Column<K>> keys,
            TableField<?, Long> postings, TableField<?, Long[]> vector, int[] ordinals) {
        if (deltas.isEmpty()) {
            return;
        }
        Map<List<Object>, K> byKey = new HashMap<>();
        deltas.keySet().forEach(k -> byKey.put(keys.stream().<Object>map(col -> col.value().apply(k)).toList(), k));
        List<Field<?>> keyFields = keys.stream().<Field<?>>map(Column::field).toList();
        List<Field<?>> read = new ArrayList<>(keyFields);
        read.add(postings);
        // As text, parsed here: a bigint[] read as Long[] boxes every element, and the garbage showed in the bench.
        Field<String> vectorText = DSL.field("{0}::text", String.class, vector);
        read.add(vectorText);
        Map<K, OrdinalVector> whole = new HashMap<>();
        Map<K, OrdinalVector> added = new HashMap<>();
        deltas.forEach((k, d) -> added.put(k, OrdinalVector.of(d, ordinals)));
        c.select(read)
                .from(postings.getTable())
                .where(DSL.row(keyFields).in(DSL.select(keys.stream().map(Column::unnested).toList())
                        .from(rows(deltas, keys, List.of()))))
                .forUpdate()
                .forEach(r -> {
                    K k = byKey.get(keyFields.stream().<Object>map(r::get).toList());
                    whole.put(k, added.remove(k).plus(r.get(postings), parse(r.get(vectorText))));
                });
        upsert(c, whole, keys, vectorSums(postings, vector, (stored, excluded) -> excluded,
                (stored, excluded) -> excluded));
        upsert(c, added, keys, vectorSums(postings, vector, CountWriter::plus,
                (stored, excluded) -> Routines.addCounts(cast(stored), cast(excluded))));
    }

    /** A bigint[] in PostgreSQL's text form, {@code {1,0,-2}}. */
    static long[] parse(String text) {
        long[] values = new long[16];
        int n = 0;
        long value = 0;
        boolean negative = false;
        boolean any = false;
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '}') {
                if (any) {
                    if (n == values.length) {
                        values = Arrays.copyOf(values, n * 2);
                    }
                    values[n++] = negative ? -value : value;
                }
                value = 0;
                negative = false;
                any = false;
            } else if (ch == '-') {
                negative = true;
            } else {
                value = value * 10 + (ch - '0');
                any = true;
            }
        }
        return Arrays.copyOf(values, n);
    }

    private static List<Sum<OrdinalVector>> vectorSums(TableField<?, Long> postings, TableField<?, Long[]> vector,
            BinaryOperator<Field<?>> addPostings, BinaryOperator<Field<?>> addVector) {
        return List.of(
                new Sum<>(new Column<>(postings, OrdinalVector::postings, Long.class, UnaryOperator.identity()),
                        addPostings, false),
                new Sum<>(new Column<>(vector, OrdinalVector::literal, String.class,
                        bound -> DSL.field("{0}::bigint[]", vector.getDataType(), bound)), addVector, false));
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> cast(Field<?> field) {
        return (Field<T>) field;
    }

    private static Field<?> plus(Field<?> stored, Field<?> added) {
        return CountWriter.<Long>cast(stored).plus(CountWriter.<Long>cast(added));
    }

    /**
     * Adds each delta to the summed columns of the row with its key, inserting missing rows and deleting counts
     * that reach 0 (only a row that went down can have). Each step is one statement over unnest()ed arrays: one
     * round trip and one plan however many rows, several times faster than a JDBC batch of single-row upserts.
     */
    private static <K, V> void upsert(DSLContext c, Map<K, V> deltas, List<Column<K>> keys, List<Sum<V>> sums) {
        if (deltas.isEmpty()) {
            return;
        }
        Table<?> table = ((TableField<?, ?>) sums.get(0).column().field()).getTable();
        List<Field<?>> keyFields = keys.stream().<Field<?>>map(Column::field).toList();
        List<Field<?>> allFields = new ArrayList<>(keyFields);
        List<Field<?>> allColumns = new ArrayList<>(keys.stream().map(Column::unnested).toList());
        Map<Field<?>, Field<?>> added = new LinkedHashMap<>();
        for (Sum<V> sum : sums) {
            Field<?> field = sum.column().field();
            allFields.add(field);
            allColumns.add(sum.column().unnested());
            added.put(field, sum.plus().apply(field, excluded(field)));
        }
        c.insertInto(table)
                .columns(allFields)
                .select(DSL.select(allColumns).from(rows(deltas, keys, sums)))
                .onConflict(keyFields)
                .doUpdate()
                .set(added)
                .execute();
        if (sums.size() == 1 && sums.get(0).deleteAtZero()) {
            Map<K, V> decreased = new HashMap<>(deltas);
            decreased.values().removeIf(d -> ((Number) d).longValue() > 0);
            if (!decreased.isEmpty()) {
                Field<?> sum = sums.get(0).column().field();
                c.deleteFrom(table)
                        .where(DSL.row(keyFields).in(DSL.select(keys.stream().map(Column::unnested).toList())
                                .from(rows(decreased, keys, sums))))
                        .and(CountWriter.<Object>cast(sum).eq(sum.getDataType().convert(0)))
                        .execute();
            }
        }
    }

    /** The deltas as a table {@code t} of the key and summed columns, from one array per column. */
    private static <K, V> Table<?> rows(Map<K, V> deltas, List<Column<K>> keys, List<Sum<V>> sums) {
        int n = deltas.size();
        List<Column<V>> values = sums.stream().map(Sum::column).toList();
        Object[] columns = new Object[keys.size() + values.size()];
        for (int k = 0; k < keys.size(); k++) {
            columns[k] = Array.newInstance(keys.get(k).boundType(), n);
        }
        for (int v = 0; v < values.size(); v++) {
            columns[keys.size() + v] = Array.newInstance(values.get(v).boundType(), n);
        }
        int i = 0;
        for (Map.Entry<K, V> e : deltas.entrySet()) {
            for (int k = 0; k < keys.size(); k++) {
                Array.set(columns[k], i, keys.get(k).value().apply(e.getKey()));
            }
            for (int v = 0; v < values.size(); v++) {
                Array.set(columns[keys.size() + v], i, values.get(v).value().apply(e.getValue()));
            }
            i++;
        }
        StringJoiner params = new StringJoiner(", ", "unnest(", ")");
        StringJoiner names = new StringJoiner(", ", " as t(", ")");
        for (int k = 0; k < columns.length; k++) {
            params.add("{" + k + "}");
            names.add(k < keys.size() ? keys.get(k).field().getName() : values.get(k - keys.size()).field().getName());
        }
        return DSL.table(params + names.toString(), Arrays.stream(columns).map(DSL::val).toArray(QueryPart[]::new));
    }

    private static void savePositions(DSLContext c, List<Position> positions) {
        List<Position> unconditional = positions.stream().filter(p -> p.expectedOffset() == Position.ANY_OFFSET).toList();
        if (!unconditional.isEmpty()) {
            BatchBindStep offsets = c.batch(c.insertInto(PROJECTOR_OFFSET,
                            PROJECTOR_OFFSET.TOPIC, PROJECTOR_OFFSET.PARTITION, PROJECTOR_OFFSET.NEXT_OFFSET)
                    .values((String) null, (Integer) null, (Long) null)
                    .onConflict(PROJECTOR_OFFSET.TOPIC, PROJECTOR_OFFSET.PARTITION)
                    .doUpdate()
                    .set(PROJECTOR_OFFSET.NEXT_OFFSET, excluded(PROJECTOR_OFFSET.NEXT_OFFSET)));
            unconditional.forEach(p -> offsets.bind(p.topic(), p.partition(), p.nextOffset()));
            offsets.execute();
        }
        // In one order, so that two projectors moving the same offsets never wait on each other crosswise.
        positions.stream()
                .filter(p -> p.expectedOffset() != Position.ANY_OFFSET)
                .sorted(Comparator.comparing(Position::topic).thenComparingInt(Position::partition))
                .forEach(p -> moveOffset(c, p));
    }

    /** Moves one partition's offset from where the projector found it, or fails the transaction. */
    private static void moveOffset(DSLContext c, Position p) {
        int moved = p.expectedOffset() == Position.NO_OFFSET
                ? c.insertInto(PROJECTOR_OFFSET)
                        .set(PROJECTOR_OFFSET.TOPIC, p.topic())
                        .set(PROJECTOR_OFFSET.PARTITION, p.partition())
                        .set(PROJECTOR_OFFSET.NEXT_OFFSET, p.nextOffset())
                        .onConflictDoNothing()
                        .execute()
                : c.update(PROJECTOR_OFFSET)
                        .set(PROJECTOR_OFFSET.NEXT_OFFSET, p.nextOffset())
                        .where(PROJECTOR_OFFSET.TOPIC.eq(p.topic()))
                        .and(PROJECTOR_OFFSET.PARTITION.eq(p.partition()))
                        .and(PROJECTOR_OFFSET.NEXT_OFFSET.eq(p.expectedOffset()))
                        .execute();
        if (moved != 1) {
            throw new OffsetConflictException(p.topic() + "-" + p.partition() + " is no longer at offset "
                    + p.expectedOffset() + ": another projector applied those changes");
        }
    }

    /**
     * Binds the stored counts and positions to a Kafka cluster and topology generation. A fresh database is
     * claimed. Counts from another cluster (a new demo state directory, a rebuilt broker) or generation (a new
     * taxonomy) are dropped when {@code rebuild} is set, so the projector recounts them from the new source, and
     * refused otherwise. Returns true when counts were dropped.
     */
    public boolean claimSource(String clusterId, String generation, boolean rebuild) {
        return dsl.transactionResult(tx -> {
            DSLContext c = tx.dsl();
            var current = c.select(PROJECTOR_SOURCE.CLUSTER_ID, PROJECTOR_SOURCE.GENERATION)
                    .from(PROJECTOR_SOURCE)
                    .forUpdate()
                    .fetchOne();
            if (current != null && clusterId.equals(current.value1()) && generation.equals(current.value2())) {
                return false;
            }
            if (current != null && !rebuild) {
                throw new SourceMismatchException("the counts in this database came from Kafka cluster "
                        + current.value1() + ", topology generation " + describe(current.value2())
                        + "; this projector reads cluster " + clusterId + ", generation " + generation
                        + ". Run it with --rebuild to drop those counts and recount from this cluster and generation");
            }
            c.truncate(FACT_COUNT).execute();
            c.truncate(COUNTED_POSTING).execute();
            c.truncate(CANDIDATE_POSTING).execute();
            c.truncate(CUBE_MONTH).execute();
            c.truncate(COOCCURRENCE_MONTH).execute();
            c.truncate(BREAKDOWN_MONTH).execute();
            c.truncate(SLICE_MONTH).execute();
            c.truncate(PROJECTOR_OFFSET).execute();
            c.insertInto(PROJECTOR_SOURCE)
                    .set(PROJECTOR_SOURCE.CLUSTER_ID, clusterId)
                    .set(PROJECTOR_SOURCE.GENERATION, generation)
                    .onConflict(PROJECTOR_SOURCE.SINGLETON)
                    .doUpdate()
                    .set(PROJECTOR_SOURCE.CLUSTER_ID, clusterId)
                    .set(PROJECTOR_SOURCE.GENERATION, generation)
                    .execute();
            return current != null;
        });
    }

    private static String describe(String generation) {
        return generation == null ? "v2 (before generations were recorded)" : generation;
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
