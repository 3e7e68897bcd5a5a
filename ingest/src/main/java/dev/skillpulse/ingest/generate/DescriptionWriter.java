package dev.skillpulse.ingest.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a posting's description the way employers do: an intro, what you'll do, requirements grouped by kind,
 * nice-to-haves, perks and a closing line; as HTML, as plain text with bullets, or as prose. Term surfaces come only
 * from the draft, so the terms found in the text are the ones planted (plus everyday-sense words, on purpose).
 */
final class DescriptionWriter {
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();
    private static final Map<String, List<String>> TEMPLATES = new LinkedHashMap<>();
    private static final List<String> EMERGING_TEMPLATES = List.of("Experience with %s", "Our stack includes %s",
            "Hands-on work with %s", "Familiarity with %s is expected");

    static {
        group("lang", List.of("python", "sql", "java", "scala"),
                "Strong programming skills in %s", "%2$d+ years of professional experience with %1$s", "Fluency in %s");
        group("framework", List.of("pytorch", "tensorflow", "scikit-learn", "numpy", "pandas"),
                "Hands-on experience with %s", "You have trained and shipped models with %s",
                "Experience with ML libraries such as %s");
        group("cloud", List.of("aws", "gcp", "azure"),
                "Experience with cloud platforms (%s)", "You have deployed workloads on %s", "Familiarity with %s");
        group("ops", List.of("docker", "kubernetes", "mlops", "mlflow", "kubeflow", "ci-cd", "version-control",
                        "model-deployment", "model-monitoring", "model-versioning"),
                "Experience with %s", "Comfortable with %s", "Exposure to %s in production");
        group("concept", List.of("deep-learning", "nlp", "computer-vision", "recommender-systems", "feature-engineering",
                        "model-evaluation", "data-pipelines", "data-wrangling", "eda", "ab-testing", "statistics",
                        "probability", "linear-algebra", "calculus", "data-structures", "supervised-learning",
                        "unsupervised-learning", "bias-mitigation"),
                "Solid grounding in %s", "Practical experience with %s", "You know your way around %s");
        TEMPLATES.put("communication", List.of("Excellent written and verbal %s", "Clear %s with technical and non-technical people"));
        TEMPLATES.put("problem-solving", List.of("Strong %s skills", "A knack for %s and a bias to action"));
        TEMPLATES.put("collaboration", List.of("You enjoy %s work with product and design", "Comfortable in a %s team"));
        TEMPLATES.put("bootcamp", List.of("%s graduates are welcome to apply"));
        TEMPLATES.put("cert", List.of("%s certification is a plus", "Holding the %s credential is a bonus"));
    }

    private static void group(String name, List<String> terms, String... templates) {
        GROUPS.put(name, terms);
        TEMPLATES.put(name, List.of(templates));
    }

    String write(Draft draft) {
        Random r = new Random(draft.layoutSeed());
        List<String> duties = pick(r, draft.role().duties(), 2 + r.nextInt(3));
        String product = pick(r, Vocabulary.PRODUCTS);
        duties.replaceAll(d -> d.replace("{product}", product));
        List<String> must = new ArrayList<>();
        List<String> nice = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            List<String> surfaces = new ArrayList<>();
            group.getValue().forEach(t -> {
                if (draft.surfaces().containsKey(t)) {
                    surfaces.add(draft.surfaces().get(t));
                }
            });
            if (!surfaces.isEmpty()) {
                String line = String.format(pick(r, TEMPLATES.get(group.getKey())), list(r, surfaces), draft.years());
                (group.getKey().equals("ops") && r.nextInt(3) == 0 ? nice : must).add(line);
            }
        }
        for (String soft : List.of("communication", "problem-solving", "collaboration", "bootcamp")) {
            if (draft.surfaces().containsKey(soft)) {
                must.add(String.format(pick(r, TEMPLATES.get(soft)), draft.surfaces().get(soft)));
            }
        }
        String degree = degree(r, draft.surfaces());
        if (degree != null) {
            if (degree.endsWith("preferred")) {
                nice.add(degree);
            } else {
                must.add(r.nextBoolean() ? 0 : must.size(), degree);
            }
        }
        draft.surfaces().forEach((term, surface) -> {
            if (term.startsWith("cert-")) {
                nice.add(String.format(pick(r, TEMPLATES.get("cert")), surface));
            }
        });
        String emerging = emergingLine(draft);
        if (emerging != null) {
            must.add(emerging);
        }
        if (must.isEmpty()) {
            must.add("Curiosity and a habit of finishing what you start");
        }
        List<String> perks = pick(r, Vocabulary.PERKS, 2 + r.nextInt(3));
        if (draft.everyday() != null) {
            perks.add(draft.everyday());
        }
        String intro = String.format(pick(r, Vocabulary.INTROS), draft.company(), product);
        if (r.nextInt(10) == 0) { // a trap in one blurb in ten, so the demo's shares meet them as real ones do
            intro += " " + pick(r, Vocabulary.TRAPS).text();
        }
        String closing = pick(r, Vocabulary.CLOSINGS);
        int style = r.nextInt(10);
        if (style < 3) {
            return html(r, intro, duties, must, nice, perks, closing);
        }
        if (style < 8) {
            return plain(r, intro, duties, must, nice, perks, closing);
        }
        return prose(intro, duties, must, nice, closing);
    }

    /**
     * The terms beyond the guide as one requirement, next to a language or library the posting already names (so
     * they read as a tool list, and no term is added), worded by a generator of their own so that the rest of the
     * description is the same as without them.
     */
    private static String emergingLine(Draft draft) {
        if (draft.emerging().isEmpty()) {
            return null;
        }
        Random own = new Random(draft.layoutSeed() ^ 0x5EED_E3E3_0000_0017L);
        List<String> items = new ArrayList<>(draft.emerging());
        for (String anchor : List.of("python", "pytorch", "tensorflow", "sql", "docker")) {
            if (draft.surfaces().containsKey(anchor)) {
                items.add(own.nextInt(items.size() + 1), draft.surfaces().get(anchor));
                break;
            }
        }
        return String.format(pick(own, EMERGING_TEMPLATES), list(own, items));
    }

    private static String degree(Random r, Map<String, String> s) {
        String field = pick(r, Vocabulary.DEGREE_FIELDS.keySet().stream().sorted().toList());
        boolean ms = s.containsKey("masters");
        boolean phd = s.containsKey("phd");
        boolean bs = s.containsKey("bachelors");
        if (ms && phd) {
            return s.get("masters") + " or " + s.get("phd") + " in " + field;
        }
        if (phd) {
            return r.nextBoolean() ? s.get("phd") + " in " + field : s.get("phd") + " preferred";
        }
        if (ms && bs) {
            return s.get("bachelors") + " required, " + s.get("masters") + " preferred";
        }
        if (ms) {
            return s.get("masters") + " in " + field;
        }
        if (bs) {
            return s.get("bachelors") + " in " + field + " or equivalent experience";
        }
        return null;
    }

    private static String html(Random r, String intro, List<String> duties, List<String> must, List<String> nice,
            List<String> perks, String closing) {
        StringBuilder b = new StringBuilder("<p>").append(escape(intro)).append("</p>");
        section(b, pick(r, List.of("What you'll do", "The role", "Responsibilities")), duties);
        section(b, pick(r, List.of("What we're looking for", "Requirements", "About you")), must);
        section(b, pick(r, List.of("Nice to have", "Bonus points")), nice);
        section(b, pick(r, List.of("What we offer", "Benefits")), perks);
        return b.append("<p><em>").append(escape(closing)).append("</em></p>").toString();
    }

    private static void section(StringBuilder b, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<h3>").append(escape(heading)).append("</h3><ul>");
        items.forEach(i -> b.append("<li>").append(escape(i)).append("</li>"));
        b.append("</ul>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String plain(Random r, String intro, List<String> duties, List<String> must, List<String> nice,
            List<String> perks, String closing) {
        String bullet = pick(r, List.of("- ", "• ", "* ", "· "));
        boolean markdown = r.nextBoolean();
        StringBuilder b = new StringBuilder(intro).append("\n\n");
        block(b, bullet, markdown, pick(r, List.of("What you'll do", "Your responsibilities", "The job")), duties);
        block(b, bullet, markdown, pick(r, List.of("What we're looking for", "Requirements", "Must have")), must);
        block(b, bullet, markdown, pick(r, List.of("Nice to have", "Pluses")), nice);
        block(b, bullet, markdown, pick(r, List.of("Benefits", "Why join us")), perks);
        return b.append(closing).toString();
    }

    private static void block(StringBuilder b, String bullet, boolean markdown, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append(markdown ? "**" + heading + "**" : heading + ":").append('\n');
        items.forEach(i -> b.append(bullet).append(i).append('\n'));
        b.append('\n');
    }

    private static String prose(String intro, List<String> duties, List<String> must, List<String> nice, String closing) {
        StringBuilder b = new StringBuilder(intro).append(" In this role you will ");
        b.append(lowerFirst(String.join("; ", duties.stream().map(DescriptionWriter::lowerFirst).toList()))).append(". ");
        b.append("We are looking for: ").append(String.join("; ", must.stream().map(DescriptionWriter::lowerFirst).toList())).append(". ");
        if (!nice.isEmpty()) {
            b.append("Bonus: ").append(String.join("; ", nice.stream().map(DescriptionWriter::lowerFirst).toList())).append(". ");
        }
        return b.append(closing).toString();
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String list(Random r, List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String joiner = r.nextInt(3) == 0 ? " or " : " and ";
        return String.join(", ", items.subList(0, items.size() - 1)) + joiner + items.get(items.size() - 1);
    }

    static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static <T> List<T> pick(Random r, List<T> items, int n) {
        List<T> pool = new ArrayList<>(items);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < n && !pool.isEmpty()) {
            chosen.add(pool.remove(r.nextInt(pool.size())));
        }
        return chosen;
    }
}
