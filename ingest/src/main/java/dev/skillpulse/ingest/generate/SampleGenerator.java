package dev.skillpulse.ingest.generate;

import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import dev.skillpulse.core.Salary;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Generates realistic ML and data job postings as a stream of posting versions: originals in date order, with
 * reposts of the same job under new ids, edits (same id, changed terms) and deletions emitted later. The same
 * config and taxonomy give the same stream. Only term surfaces the extractor finds are planted, and the truth
 * records what the extractor finds in each final version, so it is exact by construction.
 */
public final class SampleGenerator {
    /** {@code postings} is the number of distinct posting ids (originals plus reposts). */
    public record Config(int postings, YearMonth from, YearMonth to, long seed) {
        public Config {
            if (postings < 1) {
                throw new IllegalArgumentException("--postings must be at least 1");
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
        }
    }

    /** How many lines of each kind were written. */
    public record Stats(long lines, long originals, long reposts, long edits, long deletions) {
    }

    /** A generated stream held in memory: the posting versions in emission order, and their truth. */
    public record Sample(List<Posting> postings, Truth truth, Stats stats) {
        /** The stream as the JSON Lines that {@code generate --out FILE.jsonl} writes, one string per line. */
        public List<String> jsonLines() {
            PostingJson json = new PostingJson();
            return postings.stream().map(json::write).toList();
        }
    }

    static final double REPOST_SHARE = 0.035;
    static final double EDIT_SHARE = 0.06;
    static final double DELETE_SHARE = 0.04;
    private static final double[][] VOLUME = { // mid-year anchors: relative monthly volume
        {2018.5, 0.95}, {2019.5, 1.0}, {2020.5, 0.80}, {2021.5, 1.15}, {2022.5, 1.45}, {2023.5, 0.95},
        {2024.5, 1.05}, {2025.5, 1.25}, {2026.5, 1.40}, {2027.5, 1.50}};
    private static final double[] SEASON = {1.08, 1.04, 1.04, 1.02, 1.0, 0.98, 0.96, 0.94, 1.02, 1.02, 0.98, 0.86};
    private static final String[] SENIORITY = {"Junior ", "", "Senior ", "Sr. ", "Staff ", "Lead ", "Principal "};
    private static final double[] SENIORITY_WEIGHT = {12, 45, 24, 6, 6, 4, 3};
    private static final double[] SENIORITY_PAY = {0.7, 1.0, 1.3, 1.3, 1.6, 1.5, 1.75};
    private static final int[] SENIORITY_YEARS = {1, 3, 5, 5, 8, 7, 10};
    private static final Set<String> PAY_TRANSPARENT = Set.of("CA", "NY", "WA", "CO");

    private final Config config;
    private final MentionExtractor extractor;
    private final Map<String, List<String>> surfaces = new LinkedHashMap<>();
    private final Map<String, List<String>> typos = new LinkedHashMap<>();
    private final DescriptionWriter writer = new DescriptionWriter();
    private final Random rng;
    private final List<String[]> companies = new ArrayList<>();
    private long idSeq;

    public SampleGenerator(Config config, Taxonomy taxonomy) {
        this.config = config;
        this.extractor = new MentionExtractor(taxonomy);
        this.rng = new Random(config.seed());
        Vocabulary.SURFACES.forEach((term, forms) -> {
            List<String> found = forms.stream().filter(s -> extractor.termIds(s).equals(Set.of(term))).toList();
            if (!found.isEmpty()) {
                surfaces.put(term, found);
            }
        });
        Vocabulary.TYPOS.forEach((term, forms) -> typos.put(term,
                forms.stream().filter(s -> extractor.termIds(s).isEmpty()).toList()));
        Set<String> names = new HashSet<>();
        while (companies.size() < 160) {
            String name = pick(Vocabulary.COMPANY_FIRST) + " " + pick(Vocabulary.COMPANY_SECOND) + pick(Vocabulary.COMPANY_SUFFIX);
            if (extractor.termIds(name).isEmpty() && names.add(name)) {
                companies.add(new String[] {name, Integer.toString(rng.nextInt(Vocabulary.PLACES.size()))});
            }
        }
    }

    /** The stream and truth of {@code generate --postings N --from --to --seed} with the bundled taxonomy. */
    public static Sample generate(int postings, YearMonth from, YearMonth to, long seed) {
        return generate(new Config(postings, from, to, seed), Taxonomy.bundled());
    }

    /** The stream and truth for {@code config} and {@code taxonomy}, without files. */
    public static Sample generate(Config config, Taxonomy taxonomy) {
        List<Posting> postings = new ArrayList<>();
        Truth truth = new Truth();
        Stats stats = new SampleGenerator(config, taxonomy).generate(postings::add, truth);
        return new Sample(List.copyOf(postings), truth, stats);
    }

    /** The term ids this generator can plant with the current taxonomy (the others have no surface it finds). */
    public Set<String> plantableTerms() {
        return surfaces.keySet();
    }

    private enum Kind { ORIGINAL, REPOST, EDIT, DELETE }

    private record Event(LocalDate at, long seq, Draft draft, String repostOf, Kind kind) {
    }

    /** Writes the stream to {@code out}; when {@code truth} is not null, records every final state in it. */
    public Stats generate(Consumer<Posting> out, Truth truth) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = config.from(); !m.isAfter(config.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        double[] weights = months.stream().mapToDouble(m -> volume(m)).toArray();
        int reposts = (int) Math.round(config.postings() * REPOST_SHARE);
        int originals = config.postings() - reposts;
        int[] originalsPerMonth = allocate(originals, weights);
        int[] repostsPerMonth = allocate(reposts, weights);
        LocalDate end = config.to().atEndOfMonth();
        PriorityQueue<Event> queue = new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::seq));
        long[] seq = {0};
        long[] counts = new long[5];
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            List<Draft> drafts = new ArrayList<>();
            for (int n = 0; n < originalsPerMonth[i]; n++) {
                drafts.add(newDraft(month.atDay(1 + rng.nextInt(month.lengthOfMonth()))));
            }
            drafts.sort(Comparator.comparing(Draft::postedAt));
            Set<Integer> reposted = new HashSet<>();
            while (reposted.size() < Math.min(repostsPerMonth[i], drafts.size())) {
                reposted.add(rng.nextInt(drafts.size()));
            }
            for (int n = 0; n < drafts.size(); n++) {
                Draft d = drafts.get(n);
                queue.add(new Event(d.postedAt(), seq[0]++, d, null, Kind.ORIGINAL));
                LocalDate last = d.postedAt();
                if (reposted.contains(n)) {
                    LocalDate at = min(d.postedAt().plusDays(14 + rng.nextInt(47)), end);
                    queue.add(new Event(at, seq[0]++, d.repost(nextId(source()), at, source()), d.id(), Kind.REPOST));
                }
                if (rng.nextDouble() < EDIT_SHARE) {
                    last = d.postedAt().plusDays(2 + rng.nextInt(19));
                    queue.add(new Event(last, seq[0]++, edit(d), null, Kind.EDIT));
                }
                if (rng.nextDouble() < DELETE_SHARE) {
                    queue.add(new Event(last.plusDays(10 + rng.nextInt(60)), seq[0]++, d, null, Kind.DELETE));
                }
            }
            LocalDate next = month.plusMonths(1).atDay(1);
            while (!queue.isEmpty() && (i == months.size() - 1 || queue.peek().at().isBefore(next))) {
                emit(queue.poll(), out, truth, counts);
            }
        }
        while (!queue.isEmpty()) {
            emit(queue.poll(), out, truth, counts);
        }
        return new Stats(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private void emit(Event e, Consumer<Posting> out, Truth truth, long[] counts) {
        counts[0]++;
        counts[e.kind().ordinal() + 1]++;
        if (e.kind() == Kind.DELETE) {
            out.accept(Posting.deletion(e.draft().id()));
            if (truth != null) {
                truth.deleted(e.draft().id());
            }
            return;
        }
        Posting posting = e.draft().toPosting(writer.write(e.draft()));
        out.accept(posting);
        if (truth != null) {
            Set<String> terms = extractor.termIds(posting.text());
            Set<String> everyday = new HashSet<>();
            if (e.draft().everyday() != null) {
                everyday.addAll(extractor.termIds(e.draft().everyday()));
                everyday.removeAll(e.draft().surfaces().keySet());
            }
            String repostOf = e.kind() == Kind.EDIT ? truth.postings().get(posting.id()).repostOf() : e.repostOf();
            // Only what the description really carries: not every layout writes every requirement.
            List<String> written = e.draft().emerging().stream().filter(posting.description()::contains).toList();
            truth.live(posting, terms, repostOf, everyday, Vocabulary.emergingKeys(written));
        }
    }

    private Draft newDraft(LocalDate date) {
        double t = date.getYear() + (date.getDayOfYear() - 0.5) / date.lengthOfYear();
        Vocabulary.Role role = role(t);
        int level = weighted(SENIORITY_WEIGHT);
        String[] company = pick(companies);
        Vocabulary.Place place = rng.nextDouble() < 0.6 ? Vocabulary.PLACES.get(Integer.parseInt(company[1]))
                : Vocabulary.PLACES.get(weighted(Vocabulary.PLACES.stream().mapToDouble(Vocabulary.Place::weight).toArray()));
        Map<String, String> planted = new LinkedHashMap<>();
        Map<String, double[]> probs = role.terms();
        for (Map.Entry<String, double[]> term : probs.entrySet()) {
            String id = term.getKey();
            if (surfaces.containsKey(id) && rng.nextDouble() < at(term.getValue(), t)) {
                planted.put(id, surface(id));
            }
        }
        if (probs.containsKey("degree") && rng.nextDouble() < at(probs.get("degree"), t)) {
            double kind = rng.nextDouble();
            double phdOnly = probs.containsKey("phd-only") ? at(probs.get("phd-only"), t) : 0;
            if (kind < phdOnly) {
                plant(planted, "phd");
            } else if (kind < phdOnly + 0.4) {
                plant(planted, "masters");
                plant(planted, "phd");
            } else {
                plant(planted, "masters");
                if (rng.nextDouble() < 0.25) {
                    plant(planted, "bachelors");
                }
            }
        } else if (probs.containsKey("bachelors-only") && rng.nextDouble() < at(probs.get("bachelors-only"), t)) {
            plant(planted, "bachelors");
        }
        String title = SENIORITY[level] + pick(role.titles());
        if (rng.nextDouble() < 0.15) {
            for (String spec : List.of("nlp", "computer-vision", "recommender-systems")) {
                if (planted.containsKey(spec)) {
                    title += pick(List.of(", ", " - ", " (")) + capitalise(planted.get(spec));
                    title = title.contains("(") ? title + ")" : title;
                    break;
                }
            }
        }
        String source = source();
        long layoutSeed = rng.nextLong();
        return new Draft(nextId(source), role, title, company[0], place, date, planted, layoutSeed,
                SENIORITY_YEARS[level] + rng.nextInt(2),
                rng.nextDouble() < 0.12 ? pick(Vocabulary.EVERYDAY) : null,
                salary(role, level, place, t), remote(t), employmentType(level), source, emerging(layoutSeed, t));
    }

    /**
     * Surfaces of terms beyond the guide for a posting at {@code t}, drawn from a generator of their own (seeded by
     * the posting's layout seed) so that the rest of the stream is the same as without them.
     */
    private static List<String> emerging(long layoutSeed, double t) {
        Random own = new Random(layoutSeed ^ 0x5EED_E3E3_0000_0016L);
        List<String> chosen = new ArrayList<>();
        for (Vocabulary.Emerging e : Vocabulary.EMERGING) {
            if (own.nextDouble() < e.at(t)) {
                chosen.add(e.surfaces().get(own.nextInt(e.surfaces().size())));
            }
        }
        return List.copyOf(chosen);
    }

    private void plant(Map<String, String> planted, String term) {
        if (surfaces.containsKey(term)) {
            planted.put(term, surface(term));
        }
    }

    /** A surface the extractor finds, or now and then a typo of it that it does not. */
    private String surface(String term) {
        List<String> wrong = typos.getOrDefault(term, List.of());
        return !wrong.isEmpty() && rng.nextDouble() < 0.04 ? pick(wrong) : pick(surfaces.get(term));
    }

    /** The same posting with one term dropped and one added, as employers revise a live ad. */
    private Draft edit(Draft d) {
        Map<String, String> changed = new LinkedHashMap<>(d.surfaces());
        List<String> removable = changed.keySet().stream()
                .filter(k -> !Set.of("masters", "phd", "bachelors").contains(k)).toList();
        if (removable.size() > 2) {
            changed.remove(removable.get(rng.nextInt(removable.size())));
        }
        List<String> addable = d.role().terms().keySet().stream()
                .filter(k -> surfaces.containsKey(k) && !d.surfaces().containsKey(k)).toList();
        if (!addable.isEmpty()) {
            String add = addable.get(rng.nextInt(addable.size()));
            changed.put(add, pick(surfaces.get(add)));
        }
        return d.withTerms(changed);
    }

    private Vocabulary.Role role(double t) {
        double[] w = Vocabulary.ROLES.stream().mapToDouble(r -> at(new double[] {r.share2019(), r.share2026()}, t)).toArray();
        return Vocabulary.ROLES.get(weighted(w));
    }

    private Salary salary(Vocabulary.Role role, int level, Vocabulary.Place place, double t) {
        double share = 0.2 + 0.25 * Math.max(0, Math.min(1, (t - 2021) / 3));
        if (place.region() != null && PAY_TRANSPARENT.contains(place.region()) && "US".equals(place.country()) && t >= 2023) {
            share = 0.85;
        }
        if (rng.nextDouble() >= share) {
            return null;
        }
        double inflation = 1 + 0.03 * (t - 2019);
        double min = role.salaryBase() * SENIORITY_PAY[level] * place.pay() * inflation * (0.88 + 0.24 * rng.nextDouble());
        double max = min * (1.12 + 0.3 * rng.nextDouble());
        return new Salary(round(min), round(max), place.currency(), "YEAR");
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(Math.round(v / 1000) * 1000L);
    }

    private Boolean remote(double t) {
        if (rng.nextDouble() < 0.15) {
            return null;
        }
        double share = t < 2020.25 ? 0.07 : t < 2022.5 ? 0.32 : 0.32 - 0.03 * (t - 2022.5);
        return rng.nextDouble() < share;
    }

    private String employmentType(int level) {
        double r = rng.nextDouble();
        if (level == 0 && r < 0.15) {
            return "INTERN";
        }
        return r < 0.88 ? "FULL_TIME" : r < 0.97 ? "CONTRACTOR" : "PART_TIME";
    }

    private String source() {
        double r = rng.nextDouble();
        return r < 0.45 ? "jobboard" : r < 0.75 ? "company-site" : "aggregator";
    }

    private String nextId(String source) {
        return source.substring(0, 2) + "-" + Long.toString(0x1000000L + (config.seed() & 0xfff) + 4099L * idSeq++, 36);
    }

    static double volume(YearMonth m) {
        double t = m.getYear() + (m.getMonthValue() - 0.5) / 12;
        double level = VOLUME[VOLUME.length - 1][1];
        if (t <= VOLUME[0][0]) {
            level = VOLUME[0][1];
        }
        for (int i = 0; i + 1 < VOLUME.length; i++) {
            if (t >= VOLUME[i][0] && t < VOLUME[i + 1][0]) {
                double f = (t - VOLUME[i][0]) / (VOLUME[i + 1][0] - VOLUME[i][0]);
                level = VOLUME[i][1] + f * (VOLUME[i + 1][1] - VOLUME[i][1]);
            }
        }
        return level * SEASON[m.getMonthValue() - 1];
    }

    /** Largest-remainder split of {@code total} by {@code weights}. */
    static int[] allocate(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    /** A 2019 → 2026 probability at time {@code t}, linear in between and flat outside. */
    private static double at(double[] range, double t) {
        double f = Math.max(0, Math.min(1, (t - 2019) / 7.5));
        return range[0] + f * (range[1] - range[0]);
    }

    private int weighted(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double r = rng.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
