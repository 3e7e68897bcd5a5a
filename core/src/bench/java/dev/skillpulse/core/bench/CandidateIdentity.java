package dev.skillpulse.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.emerging.CandidateExtractor.Found;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Whether {@link CandidateExtractor} finds exactly what {@link CandidateExtractorBaseline} (another build's, named
 * by {@code -Dbaseline.core}) finds: same candidates in the same order, same aliases. Run by hand, not by the tests
 * (there the truth is what the generator planted, never another extractor):
 * {@code java -Dbaseline.core=<other core jar> -cp <test classpath> dev.skillpulse.core.bench.CandidateIdentity
 * [postings.jsonl.gz] [fuzz count]}.
 * It compares the benchmark's postings, the postings of a JSON-lines file (title, description, company) and
 * random texts put together from tool names, joining words, parentheses, addresses, HTML and non-ASCII letters.
 * For a change meant to keep every answer (the speed-ups of {@code cand-speed} against {@code 7ec5fad}), the exit
 * status is 1 when the two differ anywhere, and the first ten differences are printed. A text on which the baseline throws is counted apart, and the new
 * extractor must still answer it.
 */
public final class CandidateIdentity {
    private final CandidateExtractor extractor;
    private final CandidateExtractorBaseline baseline;
    private int compared;
    private int differences;
    private int baselineThrew;
    /** How much the compared answers hold: postings with a candidate, with an alias, with the most candidates. */
    private int withCandidates;
    private int withAliases;
    private int full;

    private CandidateIdentity(Taxonomy taxonomy) {
        extractor = new CandidateExtractor(taxonomy);
        baseline = CandidateExtractorBaseline.fromProperty();
    }

    public static void main(String[] args) throws IOException {
        CandidateIdentity check = new CandidateIdentity(Taxonomy.bundled());
        for (String p : BenchPostings.generate(CandidateBenchmark.POSTINGS, 42)) {
            check.compare(null, p, null);
        }
        report("bench postings", check);
        if (args.length > 0) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode posting = json.readTree(line);
                    check.compare(posting.path("title").asText(null), posting.path("description").asText(null),
                            posting.path("company").asText(null));
                }
            }
            report("+ " + args[0], check);
        }
        int fuzz = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Random random = new Random(7);
        for (int i = 0; i < fuzz; i++) {
            check.compare(null, FuzzText.text(random), random.nextInt(4) == 0 ? FuzzText.text(random, 3) : null);
        }
        report("+ " + fuzz + " random texts", check);
        // Texts longer than the buffers a thread keeps (64K characters), each followed by a short one that reuses them.
        for (int i = 0; i < 20; i++) {
            check.compare(null, FuzzText.text(random, 40_000), null);
            check.compare(null, FuzzText.text(random), null);
        }
        report("+ 20 long random texts, each followed by a short one", check);
        if (check.differences > 0) {
            System.exit(1);
        }
    }

    private void compare(String title, String description, String company) {
        compared++;
        Found expected;
        try {
            expected = baseline.find(title, description, company);
        } catch (RuntimeException e) {
            baselineThrew++;
            extractor.find(title, description, company);
            return;
        }
        Found actual = extractor.find(title, description, company);
        withCandidates += actual.candidates().isEmpty() ? 0 : 1;
        withAliases += actual.aliases().isEmpty() ? 0 : 1;
        full += actual.candidates().size() == CandidateExtractor.MAX_PER_POSTING ? 1 : 0;
        if (!expected.equals(actual)) {
            if (differences++ < 10) {
                System.out.println("DIFFERENT for " + description.replace("\n", "\\n") + " / company " + company
                        + "\n  baseline: " + expected + "\n  new:      " + actual);
            }
        }
    }

    private static void report(String what, CandidateIdentity check) {
        System.out.printf("%s: %,d postings compared, %,d different, %,d where the baseline threw"
                        + " (%,d with candidates, %,d with aliases, %,d with %d candidates)%n", what, check.compared,
                check.differences, check.baselineThrew, check.withCandidates, check.withAliases, check.full,
                CandidateExtractor.MAX_PER_POSTING);
    }

    /** Random texts from the pieces the extractor reacts to. */
    private static final class FuzzText {
        private static final String[] WORDS = {"Python", "Snowflake", "Pinecone", "Terraform", "LangChain", "vector",
            "databases", "database", "prompt", "engineering", "VLMs", "VLM", "LLMs", "GPT-4", "Node.js", ".NET", "C++",
            "C#", "F#", "and", "or", "And", "OR", "plus", "nor", "experience", "with", "Experience", "using",
            "including", "such", "as", "hands-on", "Hands-on", "low-rank", "adaptation", "of", "the", "Acme",
            "Analytics", "Energy", "Fathom", "AWS", "SageMaker", "CI", "CD", "ML", "Ops", "MLOps", "DuckDB",
            "GraphQL", "Pyton", "Tensorfow", "Kubernets", "PyTorch", "TensorFlow", "team", "Software", "Engineer",
            "engineers", "store", "stores", "jobs@acme.ai", "https://acme.ai/x", "www.foo.com", "\u0130n", "\u212Aey",
            "wor\u212A", "\u00C4rzte", "\u00C6\u00D8\u00C5s", "stra\u00DFe", "\u03A3", "\u0391\u03A3", "401k", "24/7",
            "3rd", "Bachelor", "Computer", "Science", "degree", "PhD", "BS", "MS", "Azure", "Data", "Factory", "RLHF",
            "reinforcement", "learning", "from", "human", "feedback", "DPO", "direct", "preference", "optimization",
            "x", "a", "Is", "us", "class", "USA", "EEO", "PTO", "Remote-first", "S3", "k8s", "v2.0", "foo_bar",
            "ToolNumberA", "Kafka", "Streams", "graphs", "lakehouse", "Lakes", "SDKs", "SQL", "NoSQL", "ETL", "dbt",
            "Airflow", "Spark", "Docker", "Kubernetes", "LLMOps", "MLflow", "Kubeflow", "knowledge", "Familiarity",
            "familiar", "proficient", "in", "to", "exposure", "stack", "includes", "work", "Work", "retrieval-augmented",
            "generation", "RAG", "R", "Go", "Scala", "Java", "JavaScript", "TypeScript", "ai", "io", "acme.io",
            "sklearn", "Pandas", "NumPy", "scikit-learn", "Vertex", "AI", "Databricks", "BigQuery", "Redshift", "dbs",
            "status", "analysis", "Fluency", "LlamaIndex", "Llama2", "Weaviate", "Qdrant", "Milvus", "CUDA", "GPU",
            "GPUs", "TPU", "Q&A", "R&D", "A/B", "ETL/ELT", "CI/CD", "AT&T", "S&P", "Engineers", "Lead", "Director"};
        private static final String[] SEPARATORS = {" ", " ", " ", " ", " ", ", ", ", ", " / ", "/", " & ", "; ",
            ". ", ": ", " (", ") ", "(", ")", "\n", " - ", " \u2022 ", "! ", "? ", "++ ", "# ", " .", "\u2026 ",
            " \u2013 ", "\"", "<li>", "</li>", " &amp; ", "<p>", "</p>\n", "&nbsp;", " * ", " | ", "  ", "\t", ",",
            "-", "_", "'", "+", "#", "@", ".", ""};

        /** Words for a phrase written with its acronym. */
        private static final String[] PHRASE = {"vision", "language", "models", "model", "low-rank", "adaptation",
            "of", "from", "the", "direct", "preference", "optimization", "Retrieval", "augmented", "generation",
            "Graph", "neural", "networks", "and", "for", "Human", "feedback", "in", "x-ray", "large"};

        static String text(Random random) {
            String text = text(random, random.nextInt(10) == 0 ? 300 : 1 + random.nextInt(60));
            return random.nextInt(3) == 0 ? text + aliased(random) + text(random, 10) : text;
        }

        /** "w1 w2 w3 (ABC)" or "ABC (w1 w2 w3)", the initials sometimes with a plural, a small word or a slip. */
        private static String aliased(Random random) {
            StringBuilder phrase = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            int words = 1 + random.nextInt(5);
            for (int i = 0; i < words; i++) {
                String word = PHRASE[random.nextInt(PHRASE.length)];
                phrase.append(i > 0 ? " " : "").append(word);
                for (String part : word.split("-")) {
                    if (random.nextInt(6) > 0) {
                        initials.append(Character.toUpperCase(part.charAt(0)));
                    }
                }
            }
            if (random.nextBoolean()) {
                initials.append('s');
            }
            return random.nextBoolean() ? " " + phrase + " (" + initials + ") " : " " + initials + " (" + phrase + ") ";
        }

        static String text(Random random, int maxWords) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(maxWords);
            for (int i = 0; i < words; i++) {
                if (i > 0 || random.nextInt(8) == 0) {
                    b.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                b.append(WORDS[random.nextInt(WORDS.length)]);
            }
            return b.toString();
        }
    }
}
