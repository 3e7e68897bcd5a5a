package dev.skillpulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.JsonSerde;
import dev.skillpulse.contract.Member;
import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first step on its own, to see how often it analyses a posting (the topology tests see only its output). */
class PostingChangeProcessorTest {
    private static final PostingFacts FACTS = new PostingFacts(new MentionExtractor(Taxonomy.bundled()),
            new CandidateExtractor(Taxonomy.bundled()));
    private static final String TEXT = new PostingJson().write(Posting.of("a", "ML Engineer", "Acme",
            new Location("Berlin", null, "DE"), LocalDate.of(2024, 3, 4), "Python and SQL", null, "test"));

    private final List<Posting> analysed = new ArrayList<>();
    private final Function<Posting, Member> analysis = p -> {
        analysed.add(p);
        return FACTS.member(p);
    };
    private MockProcessorContext<String, MemberChange> context;
    private KeyValueStore<String, PostingState> states;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        states = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoreNames.POSTING_STATE_STORE),
                Serdes.String(), JsonSerde.of(PostingState.class)).withLoggingDisabled().build();
        states.init(context.getStateStoreContext(), states);
        context.addStateStore(states);
    }

    private PostingChangeProcessor processor(String taxonomyDigest) {
        PostingChangeProcessor processor = new PostingChangeProcessor(analysis, new SourceDigest(taxonomyDigest));
        processor.init(context);
        return processor;
    }

    @Test
    void shouldNotAnalyseAnExactResendAgain() {
        PostingChangeProcessor processor = processor("taxonomy-1");
        processor.process(new Record<>("a", TEXT, 0L));
        processor.process(new Record<>("a", TEXT, 1L));

        assertThat(analysed).hasSize(1);
        assertThat(context.forwarded()).hasSize(1);
    }

    @Test
    void shouldAnalyseAResendAgainWhenTheTaxonomyChanged() {
        processor("taxonomy-1").process(new Record<>("a", TEXT, 0L));
        processor("taxonomy-2").process(new Record<>("a", TEXT, 1L));

        assertThat(analysed).hasSize(2);
        assertThat(context.forwarded()).as("same terms with both: nothing changed").hasSize(1);
    }

    @Test
    void shouldEmitNothingForTheSamePostingWrittenDifferently() {
        PostingChangeProcessor processor = processor("taxonomy-1");
        processor.process(new Record<>("a", TEXT, 0L));
        processor.process(new Record<>("a", TEXT.replace(",", ", "), 1L));

        assertThat(analysed).hasSize(2);
        assertThat(context.forwarded()).hasSize(1);
    }

    @Test
    void shouldRecogniseAResendOfStateWrittenBeforeSourcesWereKept() {
        PostingChangeProcessor processor = processor("taxonomy-1");
        processor.process(new Record<>("a", TEXT, 0L));
        PostingState stored = states.get("a");
        states.put("a", new PostingState(stored.fingerprint(), stored.member(), null));

        processor.process(new Record<>("a", TEXT, 1L));
        processor.process(new Record<>("a", TEXT, 2L));

        assertThat(analysed).as("once at first, once to learn the source, then never").hasSize(2);
        assertThat(context.forwarded()).hasSize(1);
    }
}
