package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.POSTING_DETAIL;
import static org.jooq.impl.DSL.excluded;

import dev.skillpulse.core.Posting;
import java.util.Collection;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Keeps posting_detail equal to the latest version of each posting id: an upsert per live posting, a delete per
 * deletion. Writing the same batch twice leaves the same rows, so its projector may redeliver (at-least-once).
 */
public final class PostingDetailWriter {
    private final DSLContext dsl;
    private final AppliedPosition written;

    public PostingDetailWriter(DSLContext dsl) {
        this(dsl, new AppliedPosition());
    }

    /** {@code written} is advanced after each committed batch: the response cache keys on it too. */
    public PostingDetailWriter(DSLContext dsl, AppliedPosition written) {
        this.dsl = dsl;
        this.written = written;
    }

    /** The latest version per id of a batch: a posting, or null for a deletion. One transaction. */
    public void write(Map<String, Posting> latest) {
        dsl.transaction(tx -> {
            DSLContext c = tx.dsl();
            Collection<String> gone = latest.entrySet().stream().filter(e -> e.getValue() == null)
                    .map(Map.Entry::getKey).toList();
            if (!gone.isEmpty()) {
                c.deleteFrom(POSTING_DETAIL).where(POSTING_DETAIL.POSTING_ID.in(gone)).execute();
            }
            BatchBindStep upserts = c.batch(c.insertInto(POSTING_DETAIL, POSTING_DETAIL.POSTING_ID,
                            POSTING_DETAIL.TITLE, POSTING_DETAIL.COMPANY, POSTING_DETAIL.CITY, POSTING_DETAIL.REGION,
                            POSTING_DETAIL.COUNTRY, POSTING_DETAIL.POSTED_AT, POSTING_DETAIL.URL)
                    .values((String) null, null, null, null, null, null, null, null)
                    .onConflict(POSTING_DETAIL.POSTING_ID)
                    .doUpdate()
                    .set(POSTING_DETAIL.TITLE, excluded(POSTING_DETAIL.TITLE))
                    .set(POSTING_DETAIL.COMPANY, excluded(POSTING_DETAIL.COMPANY))
                    .set(POSTING_DETAIL.CITY, excluded(POSTING_DETAIL.CITY))
                    .set(POSTING_DETAIL.REGION, excluded(POSTING_DETAIL.REGION))
                    .set(POSTING_DETAIL.COUNTRY, excluded(POSTING_DETAIL.COUNTRY))
                    .set(POSTING_DETAIL.POSTED_AT, excluded(POSTING_DETAIL.POSTED_AT))
                    .set(POSTING_DETAIL.URL, excluded(POSTING_DETAIL.URL)));
            int live = 0;
            for (Posting p : latest.values()) {
                if (p != null) {
                    upserts.bind(p.id(), p.title(), p.company(), p.location().city(), p.location().region(),
                            p.location().country(), p.postedAt(), p.url());
                    live++;
                }
            }
            if (live > 0) {
                upserts.execute();
            }
        });
        written.advance();
    }
}
