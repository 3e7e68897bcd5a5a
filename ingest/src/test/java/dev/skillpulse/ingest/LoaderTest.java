package dev.skillpulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.Posting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
    @TempDir
    Path dir;

    static final class ListSink implements PostingSink {
        final List<Posting> sent = new ArrayList<>();

        @Override
        public void send(Posting posting) {
            sent.add(posting);
        }

        @Override
        public long flush() {
            return sent.size();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void shouldLoadEveryFormatOfAFolderAndListRejections() throws Exception {
        Fixtures.write(dir, "a.jsonl", "{\"id\":\"j1\",\"postedAt\":\"2024-01-01\"}\n{\"id\":\"j2\"}\n");
        Fixtures.write(dir, "b.csv", "id,postedAt\nc1,2024-01-01\n");
        Fixtures.write(dir, "c.jsonld", "{\"@type\":\"JobPosting\",\"identifier\":\"l1\",\"datePosted\":\"2024-01-01\"}");
        ListSink sink = new ListSink();

        LoadSummary summary = new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(List.of(dir));

        assertThat(sink.sent).extracting(Posting::id).containsExactly("j1", "c1", "l1");
        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.rejected()).singleElement().satisfies(r -> {
            assertThat(r.origin()).endsWith("a.jsonl:2");
            assertThat(r.reason()).isEqualTo("missing field 'postedAt'");
        });
    }

    @Test
    void shouldPassColumnMapToCsvReader() throws Exception {
        Path csv = Fixtures.write(dir, "x.csv", "ref,date\nr1,2024-01-01\n");
        ListSink sink = new ListSink();

        new Loader(sink, new ReaderOptions(null, Map.of("ref", "id", "date", "postedAt")), Loader.Progress.NONE)
                .load(List.of(csv));

        assertThat(sink.sent).extracting(Posting::id).containsExactly("r1");
    }

    @Test
    void shouldKeepTheFirstRejectionsButCountThemAll() throws Exception {
        Path bad = Fixtures.write(dir, "bad.jsonl", "{\"title\":\"no id\"}\n".repeat(Loader.KEEP_REJECTIONS + 5));

        LoadSummary summary = new Loader(new ListSink(), ReaderOptions.DEFAULT, Loader.Progress.NONE).load(List.of(bad));

        assertThat(summary.rejected()).hasSize(Loader.KEEP_REJECTIONS);
        assertThat(summary.rejectedTotal()).isEqualTo(Loader.KEEP_REJECTIONS + 5);
        assertThat(summary.clean()).isFalse();
    }
}
