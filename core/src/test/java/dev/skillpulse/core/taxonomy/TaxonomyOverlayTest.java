package dev.skillpulse.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpulse.core.taxonomy.TaxonomyOverlay.NewTerm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyOverlayTest {
    private static final NewTerm LANGCHAIN = new NewTerm("langchain", "LangChain", "tool", "emerging",
            List.of("LangChain"));

    @TempDir
    Path dir;

    @Test
    void shouldUseTheBaseAsItIsWithoutAnOverlay() {
        Taxonomy base = Taxonomy.bundled();
        Taxonomy layered = TaxonomyOverlay.load(null, dir.resolve(TaxonomyOverlay.FILE_NAME));
        assertThat(layered.digest()).isEqualTo(base.digest());
        assertThat(layered.terms()).hasSameSizeAs(base.terms());
    }

    @Test
    void shouldAddATermCreatingTheOverlayAndChangeTheDigest() throws Exception {
        Path overlay = dir.resolve("state").resolve(TaxonomyOverlay.FILE_NAME);
        Taxonomy layered = TaxonomyOverlay.add(null, overlay, LANGCHAIN);

        assertThat(layered.term("langchain")).hasValueSatisfying(t -> {
            assertThat(t.label()).isEqualTo("LangChain");
            assertThat(t.surfaces()).containsExactly("LangChain");
        });
        assertThat(layered.terms()).hasSize(Taxonomy.bundled().terms().size() + 1);
        assertThat(layered.groups()).isEqualTo(Taxonomy.bundled().groups());
        assertThat(layered.digest()).isNotEqualTo(Taxonomy.bundled().digest());
        assertThat(Files.readString(overlay)).contains("\"langchain\"");
        assertThat(TaxonomyOverlay.load(null, overlay).digest()).as("read back: the same digest")
                .isEqualTo(layered.digest());
        assertThat(new MentionExtractor(layered).termIds("Build agents with LangChain and Python."))
                .contains("langchain", "python");
    }

    @Test
    void shouldChangeTheDigestWithEveryAddedTerm() {
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        String one = TaxonomyOverlay.add(null, overlay, LANGCHAIN).digest();
        String two = TaxonomyOverlay.add(null, overlay, new NewTerm("pinecone", "Pinecone", "tool", "emerging",
                List.of("Pinecone"))).digest();
        assertThat(two).isNotEqualTo(one);
        assertThat(TaxonomyOverlay.load(null, overlay).term("langchain")).isPresent();
    }

    @Test
    void shouldTakeATermOutAgainLeavingTheOthersAndTheDigestAsBefore() {
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        String withLangchain = TaxonomyOverlay.add(null, overlay, LANGCHAIN).digest();
        TaxonomyOverlay.add(null, overlay, new NewTerm("pinecone", "Pinecone", "tool", "emerging", List.of("Pinecone")));

        TaxonomyOverlay.remove(overlay, "pinecone");

        assertThat(TaxonomyOverlay.load(null, overlay).term("pinecone")).isEmpty();
        assertThat(TaxonomyOverlay.load(null, overlay).digest()).isEqualTo(withLangchain);
        assertThat(TaxonomyOverlay.add(null, overlay, new NewTerm("pinecone", "Pinecone", "tool", "emerging",
                List.of("Pinecone"))).term("pinecone")).as("added again, not refused as a duplicate").isPresent();
    }

    @Test
    void shouldLayerOnAGivenBaseFile() throws Exception {
        Path base = dir.resolve("base.json");
        Files.writeString(base, "{\"version\": 1, \"terms\": [{\"id\": \"python\", \"label\": \"Python\", "
                + "\"type\": \"skill\", \"category\": \"programming\", \"surfaces\": [\"Python\"]}]}");
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        Taxonomy layered = TaxonomyOverlay.add(base, overlay, LANGCHAIN);
        assertThat(layered.terms()).extracting(Term::id).containsExactly("python", "langchain");
    }

    @Test
    void shouldRefuseAnIdTheGuideHasAndLeaveTheFileAsItWas() throws Exception {
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        TaxonomyOverlay.add(null, overlay, LANGCHAIN);
        String before = Files.readString(overlay);
        assertThatThrownBy(() -> TaxonomyOverlay.add(null, overlay, new NewTerm("python", "Python", "skill",
                "emerging", List.of("Python"))))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("term 'python' is already in the guide's taxonomy")
                .hasMessageContaining(overlay.toString());
        assertThatThrownBy(() -> TaxonomyOverlay.add(null, overlay, LANGCHAIN))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("term 'langchain' is already in this overlay");
        assertThat(Files.readString(overlay)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnOverlayRedefiningAGuideTermWhenLoading() throws Exception {
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        Files.writeString(overlay, "{\"terms\": [{\"id\": \"docker\", \"label\": \"Docker!\", \"type\": \"tool\", "
                + "\"category\": \"emerging\", \"surfaces\": [\"Docker\"]}]}");
        assertThatThrownBy(() -> TaxonomyOverlay.load(null, overlay))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("term 'docker' is already in the guide's taxonomy (taxonomy.json (bundled))");
    }

    @Test
    void shouldRefuseAMalformedOverlayNamingIt() throws Exception {
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        Files.writeString(overlay, "{\"terms\": {}}");
        assertThatThrownBy(() -> TaxonomyOverlay.load(null, overlay))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining(overlay + ":1: a taxonomy overlay is an object with a 'terms' array");
        Files.writeString(overlay, "{\"terms\": [{\"id\": \"x\", \"label\": \"X\", \"type\": \"gadget\", "
                + "\"category\": \"emerging\", \"surfaces\": [\"X\"]}]}");
        assertThatThrownBy(() -> TaxonomyOverlay.load(null, overlay))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("type 'gadget' is not one of");
    }

    @Test
    void shouldTurnCandidateKeysIntoTermIdsAndRefuseBadFields() {
        assertThat(NewTerm.idOf("vector database")).isEqualTo("vector-database");
        assertThat(NewTerm.idOf(" Node.js ")).isEqualTo("node-js");
        assertThatThrownBy(() -> new NewTerm("x", "X", "gadget", "emerging", List.of("X")))
                .isInstanceOfSatisfying(TaxonomyOverlay.BadField.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> new NewTerm("", "X", "tool", "emerging", List.of("X")))
                .isInstanceOfSatisfying(TaxonomyOverlay.BadField.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> new NewTerm("x", "X", "tool", "emerging", List.of()))
                .isInstanceOfSatisfying(TaxonomyOverlay.BadField.class,
                        e -> assertThat(e.field()).isEqualTo("surfaces"));
    }

    @Test
    void shouldWriteTheLayeredFileForATopology() throws Exception {
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        Taxonomy layered = TaxonomyOverlay.add(null, overlay, LANGCHAIN);
        Path file = TaxonomyOverlay.writeLayered(null, overlay, dir.resolve("streams"));
        assertThat(Taxonomy.load(file).digest()).isEqualTo(layered.digest());
        assertThat(file.getFileName().toString()).isEqualTo("taxonomy-" + layered.digest().substring(0, 12) + ".json");
    }
}
