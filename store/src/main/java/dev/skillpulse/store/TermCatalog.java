package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.TERM;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import org.jooq.DSLContext;

/** Keeps the {@code term} table equal to the taxonomy in use (labels and categories may change between versions). */
public final class TermCatalog {
    private TermCatalog() {
    }

    public static void sync(DSLContext dsl, Taxonomy taxonomy) {
        dsl.transaction(tx -> {
            DSLContext c = tx.dsl();
            for (Term t : taxonomy.terms()) {
                c.insertInto(TERM)
                        .set(TERM.ID, t.id())
                        .set(TERM.LABEL, t.label())
                        .set(TERM.TYPE, t.type())
                        .set(TERM.CATEGORY, t.category())
                        .onConflict(TERM.ID)
                        .doUpdate()
                        .set(TERM.LABEL, t.label())
                        .set(TERM.TYPE, t.type())
                        .set(TERM.CATEGORY, t.category())
                        .execute();
            }
        });
    }
}
