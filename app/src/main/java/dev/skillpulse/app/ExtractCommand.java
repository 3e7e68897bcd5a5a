package dev.skillpulse.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillpulse.core.taxonomy.Mention;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.PostingAnalysis;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyException;
import dev.skillpulse.core.taxonomy.Term;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code skillpulse extract}: terms, experience, seniority and education of postings, one JSON line each. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Print the terms, experience, seniority and education found in postings or text.",
        description = "Extract taxonomy terms, experience, seniority and education from postings: one per input line, "
                + "plain text or a JSON posting (a line starting with '{', using its title and description). "
                + "Prints one JSON line per input. Reads standard input when no FILE is given.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: standard input).")
    List<Path> files = new ArrayList<>();

    @Mixin
    TaxonomyOption taxonomy;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        Taxonomy tax;
        try {
            tax = taxonomy.load();
        } catch (TaxonomyException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        MentionExtractor extractor = new MentionExtractor(tax);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        int bad = 0;
        try {
            if (files.isEmpty()) {
                bad += run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "-", tax, extractor, out);
            }
            for (Path f : files) {
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    bad += run(in, f.toString(), tax, extractor, out);
                }
            }
        } finally {
            out.flush();
        }
        return bad == 0 ? 0 : 1;
    }

    private int run(BufferedReader in, String name, Taxonomy tax, MentionExtractor extractor, PrintWriter out)
            throws IOException {
        int bad = 0;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = mapper.createObjectNode();
            result.put("input", name + ":" + lineNo);
            String title = null;
            String description = line;
            if (line.stripLeading().startsWith("{")) {
                JsonNode posting;
                try {
                    posting = mapper.readTree(line);
                } catch (IOException e) {
                    System.err.println(name + ":" + lineNo + ": not JSON: " + e.getMessage());
                    bad++;
                    continue;
                }
                if (posting.hasNonNull("id")) {
                    result.put("id", posting.get("id").asText());
                }
                title = posting.path("title").isTextual() ? posting.get("title").asText() : null;
                description = posting.path("description").isTextual() ? posting.get("description").asText() : "";
            }
            PostingAnalysis analysis = title == null
                    ? extractor.analyze("", description)
                    : extractor.analyze(title, description);
            result.set("terms", terms(analysis, tax));
            putOrNull(result, "minYears", analysis.minYears());
            result.put("seniority", analysis.seniority());
            ObjectNode education = result.putObject("education");
            education.put("required", analysis.educationRequired());
            education.put("preferred", analysis.educationPreferred());
            out.println(mapper.writeValueAsString(result));
        }
        return bad;
    }

    private ArrayNode terms(PostingAnalysis analysis, Taxonomy tax) {
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        for (Mention m : analysis.mentions()) {
            surfaces.computeIfAbsent(m.termId(), k -> new LinkedHashSet<>()).add(m.surface());
        }
        ArrayNode terms = mapper.createArrayNode();
        surfaces.forEach((id, seen) -> {
            Term t = tax.term(id).orElseThrow();
            ObjectNode n = terms.addObject();
            n.put("id", t.id());
            n.put("label", t.label());
            n.put("category", t.category());
            n.put("type", t.type());
            ArrayNode s = n.putArray("surfaces");
            seen.forEach(s::add);
        });
        return terms;
    }

    private static void putOrNull(ObjectNode n, String field, Integer value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
