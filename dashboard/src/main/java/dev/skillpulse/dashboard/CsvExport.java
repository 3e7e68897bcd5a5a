package dev.skillpulse.dashboard;

import dev.skillpulse.store.SkillTrendRow;
import java.util.List;
import java.util.Locale;

/** RFC 4180 CSV of skill trends: a header, one row per skill and bucket, text quoted when it must be. */
final class CsvExport {
    static final String HEADER = "period,skill_id,label,category,postings,total_postings,share";

    private CsvExport() {
    }

    static String trends(List<SkillTrendRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SkillTrendRow r : rows) {
            csv.append(r.period()).append(',')
                    .append(quote(r.id())).append(',')
                    .append(quote(r.label())).append(',')
                    .append(quote(r.category())).append(',')
                    .append(r.postings()).append(',')
                    .append(r.totalPostings()).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", r.share())).append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String text) {
        return CsvTable.quote(text);
    }
}
