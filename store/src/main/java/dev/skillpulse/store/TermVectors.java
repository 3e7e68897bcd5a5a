package dev.skillpulse.store;

import java.util.Arrays;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Reading the read model's term vectors ({@code term_postings}, element i at the ordinal i + 1 of
 * {@code term_ordinal}): one element in SQL, or a sum of whole vectors here (SQL has no element-wise sum).
 */
final class TermVectors {
    private TermVectors() {
    }

    /** One element of a vector column: 0 beyond the vector's end, and for a null ordinal (a term never counted). */
    static Field<Long> element(Field<Long[]> vector, Field<Integer> ordinal) {
        return DSL.field("coalesce({0}[{1}], 0)", Long.class, vector, ordinal);
    }

    /** {@code vector} added to {@code sum}, which grows when the vector is longer; returns the sum. */
    static long[] plus(long[] sum, Long[] vector) {
        long[] out = vector.length > sum.length ? Arrays.copyOf(sum, vector.length) : sum;
        for (int i = 0; i < vector.length; i++) {
            out[i] += vector[i];
        }
        return out;
    }
}
